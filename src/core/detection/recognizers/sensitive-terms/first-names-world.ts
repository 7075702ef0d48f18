/**
 * Frequent first names of colleagues, candidates and customers who came to the Nordics from elsewhere or
 * work with them from abroad: the Middle East and North Africa, the Horn of Africa, Turkey, Iran, South and
 * East Asia, the Balkans, Poland, the Baltics, Ukraine and Russia, southern and western Europe, Israel.
 * Names that are also short English or technical words ("Said", "Can" as in CAN bus, "Jun", "Yan") are left
 * out: a false name anchors health words to no one. Written as their owners write them; in alphabetical
 * order, each name once (a sorted list compresses better in the on-send bundle).
 */

export const WORLD_FIRST_NAMES =
  'Abdi Abdirahman Abdullah Abdullahi Aditya Adnan Ahmad Ahmet Aicha Aidan Aisha Akira Alejandro ' +
  'Aleksandar Alessandro Alessia Alexei Amer Amina Amir Amit Ana Ananya Andrei Andris Andrzej Anil ' +
  'Anjali Ankit Anouk Antoine Arash Arjun Aurelie Aurélie Avi Ayan Ayesha Ayse Ayşe Azad Babak Bahar ' +
  'Beatriz Bilal Birgit Bohdan Bram Burak Carlos Carmen Celine Céline Chiara Daan Darius Dariush Dawit ' +
  'Deepak Deniz Diego Dilan Divya Dmytro Dragan Dusan Dušan Edin Egle Eitan Ekaterina Elif Emilie ' +
  'Émilie Emina Emine Emir Emre Ethan Ewa Faduma Faisal Farid Fatemeh Fatma Federica Femke Filmon ' +
  'Florian Francesco Giovanni Giuseppe Goran Greg Guillaume Hamed Hamid Hamza Haruto Hasan Hassan ' +
  'Hatice Hawa Hiroshi Hodan Huong Husein Hussein Ibrahim Ieva Imran Iryna Isabel Ivana Jakub Jamie ' +
  'Janis Jānis Javad Javier Jelena Jess Jing Joanna Joao João Joris Josef Julien Juliette Karim ' +
  'Karthik Kaveh Kavya Khaled Khalid Kristaps Krzysztof Lakshmi Layla Leila Leyla Lily Linh Lorenzo ' +
  'Lucia Luka Lukasz Łukasz Magdalena Mahmoud Malgorzata Małgorzata Manon Mantas Marko Marta Martina ' +
  'Maryam Mathieu Matteo Matthias Maximilian Maya Mehdi Mehmet Meron Michal Michał Miguel Mikhail ' +
  'Milan Milica Ming Minh Mirela Mo Mohamad Mohamed Mohamud Monika Moshe Muhammad Murat Mustafa Nasrin ' +
  'Navid Neha Nicolas Nikola Nima Noor Nour Nur Oksana Oleksandr Olena Ollie Olly Omid Pablo Parisa ' +
  'Paula Pedro Pooja Rafael Rajesh Ramesh Ramin Rania Ravi Rebin Reza Rohan Rozhin Sabine Sahra Sakura ' +
  'Samir Samira Sanjay Sanne Sebastien Sébastien Semhar Senait Sergei Sergey Sergio Shilan Shira ' +
  'Shirin Shreya Sneha Soran Sunil Suresh Svetlana Takashi Tamar Taras Tariq Tatiana Tesfay Thanh ' +
  'Tiago Tomas Ursula Usman Valentina Vikram Vladimir Wen Wojciech Xiaoming Yael Yasmin Yasmine Yonas ' +
  'Yosef Yousef Youssef Yui Yulia Zahra Zainab Zeinab Zeynep Zoran';
