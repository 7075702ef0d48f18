/**
 * Frequent first names of colleagues, candidates and customers who came to the Nordics from elsewhere or
 * work with them from abroad: the Middle East and North Africa, the Horn of Africa, Turkey, Iran, South and
 * East Asia, the Balkans, Poland, the Baltics, Ukraine and Russia, southern and western Europe, Israel.
 * Names that are also short English or technical words ("Said", "Can" as in CAN bus, "Jun", "Yan") are left
 * out: a false name anchors health words to no one.
 */

export const WORLD_FIRST_NAMES =
  // Arabic, Kurdish, Somali, Eritrean, Turkish, Persian
  'Mohamed Muhammad Mohamad Ahmad Ahmet Mehmet Hussein Husein Hassan Hasan Ibrahim Mustafa Mahmoud Khaled ' +
  'Khalid Karim Amir Reza Hamid Samir Tariq Bilal Hamza Emir Adnan Youssef Yousef Yosef Josef Abdullah ' +
  'Abdullahi Abdirahman Abdi Mohamud Hodan Faduma Hawa Ayan Sahra Amina Aisha Aicha Zainab Zeinab Maryam ' +
  'Leila Layla Leyla Yasmin Yasmine Nour Samira Rania Shirin Parisa Nasrin Zahra Fatemeh Hamed Arash Babak ' +
  'Dariush Navid Kaveh Ramin Farid Javad Mehdi Murat Emre Burak Elif Zeynep Ayse Fatma Emine Hatice Deniz ' +
  'Yonas Tesfay Semhar Senait Filmon Dawit Meron Rozhin Dilan Soran Azad Rebin Shilan Bahar Nima Omid ' +
  // South and East Asia
  'Arjun Rohan Vikram Sanjay Anil Sunil Rajesh Ravi Amit Ankit Deepak Aditya Karthik Suresh Ramesh Ananya ' +
  'Divya Pooja Neha Anjali Sneha Lakshmi Kavya Shreya Ayesha Imran Faisal Usman Hiroshi Takashi Akira Haruto ' +
  'Sakura Yui Ming Jing Xiaoming Wen Linh Minh Thanh Huong ' +
  // Balkans, Poland, Baltics, Ukraine, Russia
  'Nikola Milan Dragan Goran Zoran Aleksandar Dusan Marko Luka Ivana Jelena Milica Mirela Emina Edin Amer ' +
  'Krzysztof Michal Jakub Wojciech Lukasz Magdalena Joanna Ewa Malgorzata Monika Andrzej Janis Andris ' +
  'Kristaps Ieva Tomas Mantas Darius Egle Sergei Sergey Alexei Andrei Mikhail Vladimir Yulia Svetlana ' +
  'Tatiana Ekaterina Oksana Iryna Olena Taras Bohdan Dmytro Oleksandr ' +
  // Southern and western Europe, Israel
  'Javier Carlos Miguel Alejandro Pablo Diego Sergio Lucia Carmen Isabel Marta Paula Joao Pedro Rafael ' +
  'Tiago Beatriz Matteo Alessandro Lorenzo Giuseppe Francesco Giovanni Chiara Alessia Martina Federica ' +
  'Valentina Antoine Nicolas Julien Mathieu Guillaume Sebastien Celine Aurelie Emilie Juliette Manon ' +
  'Maximilian Florian Matthias Sabine Birgit Ursula Joris Bram Daan Sanne Femke Anouk Moshe Yael Tamar ' +
  'Shira Eitan Avi Mo Noor Nur Maya Ana Aidan Ethan Olly Ollie Jess Jamie Lily Greg ' +
  // the same names as their owners write them
  'Michał Łukasz Małgorzata João Sébastien Céline Aurélie Émilie Ayşe Dušan Jānis';
