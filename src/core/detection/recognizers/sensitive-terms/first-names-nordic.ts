/**
 * Common first names in Sweden, Norway, Denmark and Finland (the most frequent given names of the
 * population and of recent births, per the national statistics offices' name statistics), from memory
 * of those tables; spelling variants included. Space-separated to keep the module small.
 */

export const SWEDISH_FIRST_NAMES =
  'Anna Eva Maria Karin Sara Kristina Lena Emma Kerstin Marie Malin Ingrid Jenny Hanna Linda Annika Susanne ' +
  'Elin Monica Birgitta Sofia Johanna Inger Carina Elisabeth Julia Ida Louise Linnea Helena Ulla Katarina Emelie ' +
  'Anneli Marianne Åsa Camilla Sandra Anette Margareta Gunilla Therese Josefin Amanda Jessica Maja Lisa Frida ' +
  'Matilda Elsa Alice Ebba Wilma Klara Ella Agnes Alva Astrid Saga Stina Signe Vera Selma Freja Molly Nora Ellen ' +
  'Tilda Elvira Lovisa Ester Hedvig Greta Siri Tove Tyra Majken Lina Mikaela Rebecka Caroline Cecilia Charlotte ' +
  'Madeleine Ulrika Viktoria Veronica Yvonne Agneta Barbro Britt Gun Inga Ingela Irene Jeanette Katrin Lotta ' +
  'Maud Mia Pia Ronja Sanna Sofie Ylva Åse Göran Lars Mikael Anders Johan Per Erik Karl Peter Jan Thomas Daniel ' +
  'Fredrik Hans Andreas Stefan Mats Magnus Mattias Bengt Sven Jonas Martin Niklas Björn Leif Bo Ulf Henrik Oskar ' +
  'Oscar Gustav Gustaf Axel Emil Viktor Victor Simon Filip Jakob Jacob Ludvig Hugo Elias Alexander William Liam ' +
  'Lucas Oliver Noah Adam Isak Leo Theo Vincent Sixten Arvid Nils Olle Olof Ola Kjell Rolf Roger Tommy Kent ' +
  'Patrik Robert Rickard Richard Joakim Jimmy Kristoffer Christoffer Tobias Sebastian Marcus Markus Rasmus ' +
  'Anton David Jonathan Albin Linus Melker Valter Vilgot Malte Ture Harry Otto Folke Alvin Love Hampus Gabriel ' +
  'Samuel Ebbe Alfred Elis Walter Wilhelm Frans Lennart Lennart Åke Ingemar Rune Gunnar Sune Bertil Torbjörn ' +
  'Tomas Urban Conny Kenneth Dan Christer Roland Ronny Jörgen Jörgen Håkan Pontus Jesper Kalle Pelle Nicklas ' +
  'Ingvar Gösta Arne Evert Stig Sten Tage Ove Sören Claes Clas Pär Torsten Egon Gert Ivar Einar Hjalmar Sigvard';

export const NORWEGIAN_FIRST_NAMES =
  'Kari Ingrid Liv Anne Marit Randi Solveig Bjørg Astrid Gunn Berit Hilde Tone Heidi Silje Ingvild Marte Ida ' +
  'Thea Nora Emma Sofie Ingeborg Sigrid Tuva Maja Vilde Synnøve Ragnhild Kristin Trine Hege Guro Marthe Torill ' +
  'Åse Turid Unni Wenche Eli Eirin Live Oda Mathilde Frøya Hedda Jenny Mari Kjersti Siv Jan Per Bjørn Ole Lars ' +
  'Kjell Knut Arne Svein Geir Thomas Hans Tor Terje Trond Rune Odd Morten Espen Øyvind Eirik Håkon Sindre ' +
  'Jørgen Magnus Sander Jonas Mathias Henrik Kristian Martin Andreas Even Aksel Sigurd Ivar Steinar Stian ' +
  'Vegard Torbjørn Gunnar Helge Halvor Jostein Ståle Øystein Eivind Olav Ola Kåre Asbjørn Nils Petter Tormod ' +
  'Vidar Audun Frode Roar Dag Leiv Atle Einar Jarle Erlend Endre Amund Tobias Filip Emil Isak Oskar Aksel ' +
  'Ludvig Johannes Elias Jakob Kasper Herman Theodor Brage Sverre Torstein Vetle Ådne Åsmund Tiril Embla Ylva ' +
  'Aud Bodil Elin Elise Gro Grete Inger Inghild Janne Jorunn Karianne Kjellaug Lene Linn Lise Magnhild Margit ' +
  'Oddny Reidun Rigmor Ruth Sissel Solfrid Sølvi Tove Vigdis Åshild Amalie Andrea Aurora Ella Emilie Hanna ' +
  'Iben Julie Kaja Leah Linnea Madelen Malin Martine Mia Pernille Sara Selma Sofie Stine Synne Tonje Vilja ' +
  'Bjarte Christer Eskil Fredrik Glenn Gaute Gjermund Harald Idar Jan-Erik Joakim Jon Kenneth Kjetil Lasse ' +
  'Leif Lars-Erik Mons Njål Odin Ove Pål Reidar Rolf Runar Sigmund Sjur Snorre Sondre Stig Sturla Thor Tore ' +
  'Torgeir Trygve Ulf Vebjørn Viggo Yngve Øivind Ørjan Aslak Haakon Håvard Jørn Kristoffer Mikkel Peder';

export const DANISH_FIRST_NAMES =
  'Anne Kirsten Hanne Mette Lene Susanne Karen Pia Inge Marianne Charlotte Camilla Louise Maria Helle Tina ' +
  'Birgitte Bente Lone Gitte Jette Dorthe Rikke Malene Trine Sanne Signe Julie Laura Mathilde Freja Clara Ida ' +
  'Sofie Ellen Agnes Alma Olivia Karla Frida Asta Liva Nanna Katrine Maja Emilie Cecilie Josefine Line Majbritt ' +
  'Lise Vibeke Annette Ulla Gry Jens Peter Lars Michael Henrik Søren Thomas Jan Niels Anders Morten Jesper ' +
  'Mads Rasmus Martin Kim Christian Kristian Klaus Claus Ole Bo Poul Per Torben Steen Preben Flemming Finn ' +
  'Carsten Kasper Mikkel Frederik Mathias Magnus Oliver Noah Victor William Emil Aksel Lukas Malthe Valdemar ' +
  'Villads Carl Oscar Alfred Johan Bjarne Erik Henning Kurt Leif Jørgen Ib Aage Knud Svend Esben Jakob Troels ' +
  'Rune Brian Dennis Jimmi Kenneth Allan Bent Palle Kresten Asger Anker Mogens Hans Ejnar Uffe Birthe ' +
  'Anja Annie Astrid Benedikte Birte Christina Connie Dorte Dorthea Else Ellinor Elsebeth Erna Gerda Grethe ' +
  'Gudrun Hanna Henriette Ingrid Jytte Kamilla Karina Kathrine Lisbeth Lotte Mai Merete Mia Nina Pernille ' +
  'Rita Ruth Sidsel Sofia Susan Tove Trine Vibeke Vita Aya Ellie Emma Esther Filippa Isabella Lærke Luna ' +
  'Marie Naja Nora Saga Silje Sigrid Thea Alexander Anton Arne Benjamin Bjørn Casper Christoffer Daniel ' +
  'David Elias Erling Frank Frej Gustav Hugo Ivan Jacob Jannik Jeppe Johannes Jonas Jørn Kaj Karl Kristoffer ' +
  'Lasse Laurits Leo Lucas Mathias Max Nikolaj Ole Philip Rasmus Sebastian Simon Svend Theodor Thor Tobias ' +
  'Tom Ulrik Vagn Viktor Villum August Christen Egon Eigil Holger Jakob Jens-Ole Kristen Niels-Erik';

export const FINNISH_FIRST_NAMES =
  'Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Markku Pekka Hannu Heikki Seppo Janne Ari Sami Petri Ville ' +
  'Jani Tuomas Marko Pasi Teemu Jussi Lauri Eero Eino Onni Väinö Aarne Aatu Aleksi Eetu Elias Joona Juho Kalle ' +
  'Leevi Niko Oskari Otto Paavo Rasmus Risto Santeri Tapio Toni Tuomo Veikko Vesa Jarmo Jouni Kalevi Kimmo Olli ' +
  'Raimo Reijo Sakari Tero Toivo Topi Urho Mauri Esko Ilkka Jorma Kai Kaj Keijo Lasse Niilo Pentti Erkki Arto ' +
  'Tuula Anne Päivi Anna Pirjo Sari Minna Marja Tiina Riitta Leena Kaisa Johanna Satu Merja Tarja Sanna Heli ' +
  'Hanna Katja Outi Liisa Sirpa Tuija Elina Eeva Aino Helmi Ilona Kerttu Veera Venla Emilia Aada Iida Pihla ' +
  'Siiri Lotta Nelli Noora Oona Ronja Saara Sofia Vilma Aila Anja Hilkka Irja Kirsi Mervi Nina Paula Raija ' +
  'Ritva Seija Sirkka Terhi Ulla Virpi Hilla Inkeri Milla Jenni Laura Linnea Katariina Maarit Annukka ' +
  'Anneli Eija Elisa Emmi Essi Hanne Heidi Henna Jaana Jonna Kaarina Kati Katri Kristiina Kukka Lea Maija ' +
  'Marjatta Marjut Mirja Mirva Niina Pauliina Piia Pirkko Raili Riikka Sanni Sini Suvi Taina Tanja Tiia Tuuli ' +
  'Ulla-Maija Vappu Aleksanteri Anssi Eemeli Eemil Harri Heikki Ismo Jaakko Jere Joni Juhani Juuso Kaarlo ' +
  'Kalle Kari Kauko Kosti Lassi Markus Miikka Mikael Nestori Niklas Ossi Paavo Panu Pertti Petteri Reino ' +
  'Riku Roope Samuli Seppo Simo Taneli Tatu Topias Tuomas Unto Valtteri Veeti Vilho Viljami Voitto Yrjö';
