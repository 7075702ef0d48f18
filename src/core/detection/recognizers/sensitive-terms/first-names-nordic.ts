/**
 * Common first names in Sweden, Norway, Denmark and Finland (the most frequent given names of the
 * population and of recent births, per the national statistics offices' name statistics), from memory
 * of those tables; spelling variants included. Space-separated and in alphabetical order, each name once
 * across all the name lists: a name common in several countries stands only in the first list that has it
 * (Swedish, Norwegian, Danish, Finnish, then English and world names), since only their union is used.
 * A sorted list without repeats keeps the on-send bundle small.
 */

export const SWEDISH_FIRST_NAMES =
  'Adam Agnes Agneta Albin Alexander Alfred Alice Alva Alvin Amanda Anders Andreas Anette Anna ' +
  'Anneli Annelie Annika Anton Arne Arvid Astrid Axel Barbro Bengt Bertil Birgitta Björn Bo Britt ' +
  'Camilla Carina Caroline Cecilia Charlotte Christer Christoffer Claes Clas Conny Dan Daniel David ' +
  'Ebba Ebbe Egon Einar Elias Elin Elis Elisabeth Ella Ellen Elsa Elton Elvira Emelie Emil Emma ' +
  'Erik Ester Eva Evert Fabian Filip Folke Frans Fredrik Freja Frida Gabriel Gert Greta Gun Gunilla ' +
  'Gunnar Gunnel Gustaf Gustav Göran Gösta Hampus Hanna Hans Harry Hedvig Helena Henrik Hjalmar ' +
  'Hugo Håkan Ida Inga Ingela Ingemar Inger Ingrid Ingvar Irene Isak Ivar Jacob Jakob Jan Jeanette ' +
  'Jenny Jesper Jessica Jimmy Joakim Joel Johan Johanna Jonas Jonathan Josefin Julia Jörgen Kalle ' +
  'Karin Karl Katarina Katrin Kenneth Kent Kerstin Kjell Klara Kristina Kristoffer Lars Leif Lena ' +
  'Lennart Leo Liam Lina Linda Linnea Linus Lisa Lotta Louise Love Lovisa Lucas Ludvig Madeleine ' +
  'Magnus Maja Majken Malin Malte Marcus Margareta Maria Marianne Marie Marita Markus Martin ' +
  'Matilda Mats Mattias Maud Melker Melvin Mia Mikael Mikaela Molly Monica Nellie Nicklas Niklas ' +
  'Nils Noah Nora Ola Oliver Olle Olof Oscar Oskar Otto Ove Patrik Pelle Per Peter Pia Pontus Pär ' +
  'Rasmus Rebecka Richard Rickard Robert Robin Roger Roland Rolf Ronja Ronny Rune Saga Samuel ' +
  'Sandra Sanna Sara Sebastian Selma Signe Sigvard Simon Siri Sixten Sofia Sofie Staffan Stefan ' +
  'Stella Stellan Sten Stig Stina Sune Susanne Sven Sören Tage Theo Therese Thomas Tilda Tobias ' +
  'Tomas Tommy Torbjörn Torsten Tove Ture Tyra Ulf Ulla Ulrika Urban Valter Vera Veronica Victor ' +
  'Viktor Viktoria Vilgot Vincent Walter Wilhelm William Wilma Ylva Yvonne Åke Åsa Åse';

export const NORWEGIAN_FIRST_NAMES =
  'Aksel Amalie Amund Andrea Anita Anne Arild Asbjørn Aslak Asle Atle Aud Audun Aurora Berit Bjarte ' +
  'Bjørg Bjørn Bodil Brage Bård Dag Eirik Eirin Eivind Eli Elise Embla Emilie Endre Erlend Eskil ' +
  'Espen Even Frode Frøya Gaute Geir Gjermund Glenn Grete Gro Gunn Guro Haakon Halvor Harald Hedda ' +
  'Hege Heidi Helge Herman Hilde Håkon Håvard Iben Idar Ingeborg Inghild Ingunn Ingvild Jan-Erik ' +
  'Janne Jarle Johannes Jon Jorunn Jostein Julie Jørgen Jørn Kaja Kari Karianne Kasper Kjellaug ' +
  'Kjersti Kjetil Knut Kristian Kristin Kåre Lars-Erik Lasse Leah Leiv Lene Linn Lise Liv Live ' +
  'Madelen Magne Magnhild Margit Mari Marit Marte Marthe Martine Mathias Mathilde Mikkel Mona Mons ' +
  'Morten Njål Oda Odd Oddny Odin Olav Ole Peder Pernille Petter Pål Ragna Ragnhild Randi Reidar ' +
  'Reidun Rigmor Roar Runar Ruth Sander Sigmund Sigrid Sigurd Silje Sindre Sissel Siv Sjur Snorre ' +
  'Solfrid Solveig Sondre Steinar Stian Stine Sturla Ståle Svein Sverre Synne Synnøve Sølvi Terje ' +
  'Thea Theodor Thor Tiril Tone Tonje Tor Torbjørn Tore Torgeir Torill Tormod Torstein Trine Trond ' +
  'Trygve Turid Tuva Unni Vebjørn Vegard Vetle Vidar Vigdis Viggo Vilde Vilja Wenche Yngve Ådne ' +
  'Åshild Åsmund Øivind Ørjan Øystein Øyvind';

export const DANISH_FIRST_NAMES =
  'Aage Allan Alma Anja Anker Annette Annie Asger Asta August Aya Benedikte Benjamin Bent Bente ' +
  'Bettina Birgitte Birte Birthe Bjarne Brian Carl Carsten Casper Cecilie Christen Christian ' +
  'Christina Clara Claus Connie Dennis Dorte Dorthe Dorthea Eigil Ejnar Ellie Ellinor Else Elsebeth ' +
  'Erling Erna Esben Esther Filippa Finn Flemming Frank Frederik Frej Gerda Gitte Grethe Gry Gudrun ' +
  'Hanne Helle Henning Henriette Holger Ib Inge Isabella Ivan Jannik Jens Jens-Ole Jeppe Jette ' +
  'Jimmi Josefine Jytte Kaj Kamilla Karen Karina Karla Kathrine Katrine Kim Kirsten Klaus Knud ' +
  'Kresten Kristen Kurt Laura Laurits Line Lisbeth Liva Lone Lotte Lukas Luna Lykke Lærke Mads Mai ' +
  'Majbritt Malene Malthe Max Merete Mette Michael Mogens Naja Nanna Niels Niels-Erik Nikolaj Nina ' +
  'Olivia Palle Philip Poul Preben Rikke Rita Sanne Sidsel Steen Susan Svend Søren Tina Tine Tom ' +
  'Torben Troels Uffe Ulrik Vagn Valdemar Vibeke Villads Villum Vita';

export const FINNISH_FIRST_NAMES =
  'Aada Aarne Aatu Aila Aino Aleksanteri Aleksi Annukka Anssi Antti Anu Ari Arto Eemeli Eemil Eero ' +
  'Eetu Eeva Eija Eino Elina Elisa Emilia Emmi Erkki Esa Esko Essi Hannu Harri Heikki Heli Helmi ' +
  'Henna Hilkka Hilla Iida Ilkka Ilona Inkeri Irja Ismo Jaakko Jaana Jani Jari Jarmo Jenni Jere ' +
  'Joni Jonna Joona Joonas Jorma Jouni Juha Juhani Juho Jukka Jussi Juuso Kaarina Kaarlo Kai Kaija ' +
  'Kaisa Kalevi Katariina Kati Katja Katri Kauko Keijo Kerttu Kimmo Kirsi Kosti Kristiina Kukka ' +
  'Lassi Lauri Lea Leena Leevi Liisa Maarit Maija Marja Marjatta Marjut Markku Marko Matti Mauri ' +
  'Merja Mervi Miikka Mika Mikko Milla Minna Mirja Mirva Nelli Nestori Niilo Niina Niko Noora Olli ' +
  'Onni Oona Oskari Ossi Outi Paavo Panu Pasi Paula Pauliina Pekka Pentti Pertti Petri Petteri ' +
  'Pihla Piia Pirjo Pirkko Päivi Raija Raili Raimo Reijo Reino Riikka Riitta Riku Risto Ritva Roope ' +
  'Saara Sakari Sami Samuli Sanni Santeri Sari Satu Seija Seppo Siiri Simo Sini Sirkka Sirpa Suvi ' +
  'Taina Taneli Tanja Tapio Tarja Tatu Teemu Terhi Tero Tiia Tiina Timo Toivo Toni Topi Topias ' +
  'Tuija Tuomas Tuomo Tuula Tuuli Ulla-Maija Unto Urho Valtteri Vappu Veera Veeti Veikko Venla Vesa ' +
  'Vilho Viljami Ville Vilma Virpi Voitto Väinö Yrjö';
