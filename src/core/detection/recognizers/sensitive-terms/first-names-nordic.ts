/**
 * Common first names in Sweden, Norway, Denmark and Finland (the most frequent given names of the
 * population and of recent births, per the national statistics offices' name statistics), from memory
 * of those tables; spelling variants included. Space-separated and in alphabetical order, each name once,
 * to keep the module small (a sorted list compresses better in the on-send bundle).
 */

export const SWEDISH_FIRST_NAMES =
  'Adam Agnes Agneta Albin Alexander Alfred Alice Alva Alvin Amanda Anders Andreas Anette Anna Anneli ' +
  'Annika Anton Arne Arvid Astrid Axel Barbro Bengt Bertil Birgitta Björn Bo Britt Camilla Carina ' +
  'Caroline Cecilia Charlotte Christer Christoffer Claes Clas Conny Dan Daniel David Ebba Ebbe Egon ' +
  'Einar Elias Elin Elis Elisabeth Ella Ellen Elsa Elvira Emelie Emil Emma Erik Ester Eva Evert Filip ' +
  'Folke Frans Fredrik Freja Frida Gabriel Gert Greta Gun Gunilla Gunnar Gustaf Gustav Göran Gösta ' +
  'Hampus Hanna Hans Harry Hedvig Helena Henrik Hjalmar Hugo Håkan Ida Inga Ingela Ingemar Inger ' +
  'Ingrid Ingvar Irene Isak Ivar Jacob Jakob Jan Jeanette Jenny Jesper Jessica Jimmy Joakim Johan ' +
  'Johanna Jonas Jonathan Josefin Julia Jörgen Kalle Karin Karl Katarina Katrin Kenneth Kent Kerstin ' +
  'Kjell Klara Kristina Kristoffer Lars Leif Lena Lennart Leo Liam Lina Linda Linnea Linus Lisa Lotta ' +
  'Louise Love Lovisa Lucas Ludvig Madeleine Magnus Maja Majken Malin Malte Marcus Margareta Maria ' +
  'Marianne Marie Markus Martin Matilda Mats Mattias Maud Melker Mia Mikael Mikaela Molly Monica ' +
  'Nicklas Niklas Nils Noah Nora Ola Oliver Olle Olof Oscar Oskar Otto Ove Patrik Pelle Per Peter Pia ' +
  'Pontus Pär Rasmus Rebecka Richard Rickard Robert Roger Roland Rolf Ronja Ronny Rune Saga Samuel ' +
  'Sandra Sanna Sara Sebastian Selma Signe Sigvard Simon Siri Sixten Sofia Sofie Stefan Sten Stig ' +
  'Stina Sune Susanne Sven Sören Tage Theo Therese Thomas Tilda Tobias Tomas Tommy Torbjörn Torsten ' +
  'Tove Ture Tyra Ulf Ulla Ulrika Urban Valter Vera Veronica Victor Viktor Viktoria Vilgot Vincent ' +
  'Walter Wilhelm William Wilma Ylva Yvonne Åke Åsa Åse';

export const NORWEGIAN_FIRST_NAMES =
  'Aksel Amalie Amund Andrea Andreas Anne Arne Asbjørn Aslak Astrid Atle Aud Audun Aurora Berit Bjarte ' +
  'Bjørg Bjørn Bodil Brage Christer Dag Einar Eirik Eirin Eivind Eli Elias Elin Elise Ella Embla Emil ' +
  'Emilie Emma Endre Erlend Eskil Espen Even Filip Fredrik Frode Frøya Gaute Geir Gjermund Glenn Grete ' +
  'Gro Gunn Gunnar Guro Haakon Halvor Hanna Hans Harald Hedda Hege Heidi Helge Henrik Herman Hilde ' +
  'Håkon Håvard Iben Ida Idar Ingeborg Inger Inghild Ingrid Ingvild Isak Ivar Jakob Jan Jan-Erik Janne ' +
  'Jarle Jenny Joakim Johannes Jon Jonas Jorunn Jostein Julie Jørgen Jørn Kaja Kari Karianne Kasper ' +
  'Kenneth Kjell Kjellaug Kjersti Kjetil Knut Kristian Kristin Kristoffer Kåre Lars Lars-Erik Lasse ' +
  'Leah Leif Leiv Lene Linn Linnea Lise Liv Live Ludvig Madelen Magnhild Magnus Maja Malin Margit Mari ' +
  'Marit Marte Marthe Martin Martine Mathias Mathilde Mia Mikkel Mons Morten Nils Njål Nora Oda Odd ' +
  'Oddny Odin Ola Olav Ole Oskar Ove Peder Per Pernille Petter Pål Ragnhild Randi Reidar Reidun Rigmor ' +
  'Roar Rolf Runar Rune Ruth Sander Sara Selma Sigmund Sigrid Sigurd Silje Sindre Sissel Siv Sjur ' +
  'Snorre Sofie Solfrid Solveig Sondre Steinar Stian Stig Stine Sturla Ståle Svein Sverre Synne ' +
  'Synnøve Sølvi Terje Thea Theodor Thomas Thor Tiril Tobias Tone Tonje Tor Torbjørn Tore Torgeir ' +
  'Torill Tormod Torstein Tove Trine Trond Trygve Turid Tuva Ulf Unni Vebjørn Vegard Vetle Vidar ' +
  'Vigdis Viggo Vilde Vilja Wenche Ylva Yngve Ådne Åse Åshild Åsmund Øivind Ørjan Øystein Øyvind';

export const DANISH_FIRST_NAMES =
  'Aage Agnes Aksel Alexander Alfred Allan Alma Anders Anja Anker Anne Annette Annie Anton Arne Asger ' +
  'Asta Astrid August Aya Benedikte Benjamin Bent Bente Birgitte Birte Birthe Bjarne Bjørn Bo Brian ' +
  'Camilla Carl Carsten Casper Cecilie Charlotte Christen Christian Christina Christoffer Clara Claus ' +
  'Connie Daniel David Dennis Dorte Dorthe Dorthea Egon Eigil Ejnar Elias Ellen Ellie Ellinor Else ' +
  'Elsebeth Emil Emilie Emma Erik Erling Erna Esben Esther Filippa Finn Flemming Frank Frederik Frej ' +
  'Freja Frida Gerda Gitte Grethe Gry Gudrun Gustav Hanna Hanne Hans Helle Henning Henriette Henrik ' +
  'Holger Hugo Ib Ida Inge Ingrid Isabella Ivan Jacob Jakob Jan Jannik Jens Jens-Ole Jeppe Jesper ' +
  'Jette Jimmi Johan Johannes Jonas Josefine Julie Jytte Jørgen Jørn Kaj Kamilla Karen Karina Karl ' +
  'Karla Kasper Kathrine Katrine Kenneth Kim Kirsten Klaus Knud Kresten Kristen Kristian Kristoffer ' +
  'Kurt Lars Lasse Laura Laurits Leif Lene Leo Line Lisbeth Lise Liva Lone Lotte Louise Lucas Lukas ' +
  'Luna Lærke Mads Magnus Mai Maja Majbritt Malene Malthe Maria Marianne Marie Martin Mathias Mathilde ' +
  'Max Merete Mette Mia Michael Mikkel Mogens Morten Naja Nanna Niels Niels-Erik Nikolaj Nina Noah ' +
  'Nora Ole Oliver Olivia Oscar Palle Per Pernille Peter Philip Pia Poul Preben Rasmus Rikke Rita Rune ' +
  'Ruth Saga Sanne Sebastian Sidsel Signe Sigrid Silje Simon Sofia Sofie Steen Susan Susanne Svend ' +
  'Søren Thea Theodor Thomas Thor Tina Tobias Tom Torben Tove Trine Troels Uffe Ulla Ulrik Vagn ' +
  'Valdemar Vibeke Victor Viktor Villads Villum Vita William';

export const FINNISH_FIRST_NAMES =
  'Aada Aarne Aatu Aila Aino Aleksanteri Aleksi Anja Anna Anne Anneli Annukka Anssi Antti Ari Arto ' +
  'Eemeli Eemil Eero Eetu Eeva Eija Eino Elias Elina Elisa Emilia Emmi Erkki Esko Essi Hanna Hanne ' +
  'Hannu Harri Heidi Heikki Heli Helmi Henna Hilkka Hilla Iida Ilkka Ilona Inkeri Irja Ismo Jaakko ' +
  'Jaana Jani Janne Jari Jarmo Jenni Jere Johanna Joni Jonna Joona Jorma Jouni Juha Juhani Juho Jukka ' +
  'Jussi Juuso Kaarina Kaarlo Kai Kaisa Kaj Kalevi Kalle Kari Katariina Kati Katja Katri Kauko Keijo ' +
  'Kerttu Kimmo Kirsi Kosti Kristiina Kukka Lasse Lassi Laura Lauri Lea Leena Leevi Liisa Linnea Lotta ' +
  'Maarit Maija Marja Marjatta Marjut Markku Marko Markus Matti Mauri Merja Mervi Miikka Mika Mikael ' +
  'Mikko Milla Minna Mirja Mirva Nelli Nestori Niilo Niina Niklas Niko Nina Noora Olli Onni Oona ' +
  'Oskari Ossi Otto Outi Paavo Panu Pasi Paula Pauliina Pekka Pentti Pertti Petri Petteri Pihla Piia ' +
  'Pirjo Pirkko Päivi Raija Raili Raimo Rasmus Reijo Reino Riikka Riitta Riku Risto Ritva Ronja Roope ' +
  'Saara Sakari Sami Samuli Sanna Sanni Santeri Sari Satu Seija Seppo Siiri Simo Sini Sirkka Sirpa ' +
  'Sofia Suvi Taina Taneli Tanja Tapio Tarja Tatu Teemu Terhi Tero Tiia Tiina Timo Toivo Toni Topi ' +
  'Topias Tuija Tuomas Tuomo Tuula Tuuli Ulla Ulla-Maija Unto Urho Valtteri Vappu Veera Veeti Veikko ' +
  'Venla Vesa Vilho Viljami Ville Vilma Virpi Voitto Väinö Yrjö';
