/**
 * Frequent first names of colleagues, candidates and customers who came to the Nordics from elsewhere or
 * work with them from abroad: the Middle East and North Africa, the Horn of Africa, Turkey, Iran, South and
 * East Asia, the Balkans, Poland, the Baltics, Ukraine and Russia, southern and western Europe, Israel.
 * Names that are also short English or technical words ("Said", "Can" as in CAN bus, "Jun", "Yan") are left
 * out: a false name anchors health words to no one. Written as their owners write them; in alphabetical
 * order, without the names the Nordic and English lists already hold (first-names-nordic.ts says why).
 */

export const WORLD_FIRST_NAMES =
  'Abdi Abdirahman Abdullah Abdullahi Aditya Adnan Ahmad Ahmet Aicha Aidan Aisha Akira Alejandro ' +
  'Aleksandar Aleksandr Alessandro Alessia Alexei Amer Amina Amir Amit Ana Ananya Andrei Andrii Andris ' +
  'Andrzej Anil Anjali Ankit Anouk Antoine Arash Arjun Aurelie Aurélie Avi Ayan Ayesha Ayse Ayşe Azad ' +
  'Babak Bahar Bashar Beatriz Bilal Birgit Bohdan Bram Burak Carlos Carmen Celine Céline Chiara Daan ' +
  'Darius Dariush Dawit Deepak Dejan Deniz Diego Dilan Divya Dmitrij Dmytro Dragan Dusan Dušan Edin ' +
  'Egle Eitan Ekaterina Elif Émilie Emina Emine Emir Emre Ewa Faduma Faisal Farid Fatemeh Fatma ' +
  'Federica Femke Filmon Florian Francesco Giovanni Giuseppe Goran Guillaume Hamed Hamid Hamza Haruto ' +
  'Hasan Hatice Hawa Hiroshi Hodan Huong Husein Hussein Ibrahim Ieva Imran Iryna Isabel Ivana Jakub ' +
  'Janis Jānis Javad Javier Jelena Jess Jing Joanna Joao João Joris Josef Julien Juliette Karim ' +
  'Karthik Kaveh Kavya Khaled Khalid Kristaps Krzysztof Lakshmi Layla Leila Leyla Linh Lorenzo Lucia ' +
  'Luka Lukasz Łukasz Magdalena Mahmoud Malgorzata Małgorzata Manon Mantas Marta Martina Maryam ' +
  'Mathieu Matteo Matthias Maximilian Maya Mehdi Mehmet Meron Michal Michał Miguel Mikhail Milan ' +
  'Milica Ming Minh Mirela Mo Mohamad Mohamed Mohamud Monika Moshe Muhammad Murat Mustafa Nasrin Navid ' +
  'Neha Nenad Nicolas Nikola Nikolai Nima Noor Nour Nur Oksana Oleksandr Olena Ollie Olly Omid Pablo ' +
  'Parisa Pedro Pooja Rafael Rajesh Ramesh Ramin Rania Ravi Rebin Reza Rohan Rozhin Sabine Sahra ' +
  'Sakura Samir Samira Sanjay Sebastien Sébastien Semhar Senait Sergei Sergej Sergey Sergio Shilan ' +
  'Shira Shirin Shreya Sneha Soran Sunil Suresh Svetlana Takashi Tamar Taras Tariq Tatiana Tesfay ' +
  'Thanh Tiago Ursula Usman Valentina Vikram Vladimir Wen Wojciech Xiaoming Yael Yasmin Yasmine Yonas ' +
  'Yosef Yousef Youssef Yui Yulia Zahra Zainab Zeinab Zeynep Zoran';
