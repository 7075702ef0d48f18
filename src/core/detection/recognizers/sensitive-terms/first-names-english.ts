/**
 * Common English first names (the most frequent given names in the UK and US name statistics, from
 * memory of those tables), plus frequent names of colleagues from elsewhere in Europe. In alphabetical
 * order, each name once: a sorted list compresses better in the on-send bundle.
 */

export const ENGLISH_FIRST_NAMES =
  'Aaron Abbie Abigail Adam Adrian Agnieszka Ahmed Aiden Alan Alastair Albert Alex Alexander Alfie Ali ' +
  'Alice Amanda Amelia Amy Andrea Andrew Andy Angela Angus Anja Ann Anna Anthony Aoife Archie Arthur ' +
  'Ashley Austin Ava Barbara Barry Ben Benjamin Beth Bethany Betty Billy Bobby Brandon Brenda Brian ' +
  'Bruce Bryan Caitlin Callum Camille Carl Carol Carolyn Catherine Cerys Charles Charlie Charlotte ' +
  'Chelsea Chen Cheryl Chloe Chris Christian Christina Christine Christopher Ciara Claire Clive Colin ' +
  'Connor Courtney Craig Cynthia Daisy Dan Daniel Darren Dave David Dean Deborah Debra Declan Dennis ' +
  'Derek Diane Dmitri Donald Donna Dorothy Douglas Duncan Dylan Edward Elena Elijah Elizabeth Ella ' +
  'Ellie Emily Emma Eric Ethan Euan Eugene Evelyn Evie Fatima Felicity Florence Frances Francesca ' +
  'Frank Fraser Freddie Freya Gabriel Gareth Gary Gemma George Georgia Gerald Giles Gillian Giulia ' +
  'Glenn Gloria Gordon Grace Graham Greg Gregory Hamish Hannah Hans Harold Harper Harriet Harry Hassan ' +
  'Heather Helen Henry Holly Hugh Hugo Ian Imogen Isaac Isabella Isla Ivan Ivy Jack Jacob Jacqueline ' +
  'Jade James Jamie Jane Janet Janice Jasmine Jason Jean Jeff Jeffrey Jen Jennifer Jeremy Jerry Jesse ' +
  'Jessica Jessie Jo Joan Joanne Joe John Jonathan Jordan Jose Joseph Joshua Joyce Juan Judith Judy ' +
  'Julie Justin Jürgen Karen Katarzyna Kate Katherine Kathleen Kathryn Katie Katrin Keith Kelly Kenji ' +
  'Kenneth Kerry Kevin Kieran Kim Kimberly Kirsty Klaus Kyle Larry Laura Lauren Lawrence Leanne Leo ' +
  'Lewis Li Liam Lily Linda Lindsay Lisa Liz Logan Louis Louise Luca Lucas Lucy Lukas Luke Madison ' +
  'Malcolm Mandy Marco Marek Margaret Maria Marie Mark Martha Martin Martyn Mary Mason Mateo Matilda ' +
  'Matt Matthew Max Megan Melissa Mia Michael Michelle Mike Millie Mohammad Mohammed Nancy Natalia ' +
  'Natalie Nathan Neil Niamh Nicholas Nick Nicola Nicole Nigel Noah Olga Oliver Olivia Omar Orla Oscar ' +
  'Owen Pamela Patricia Patrick Paul Pawel Pete Peter Philip Phoebe Pierre Piotr Poppy Priya Rachel ' +
  'Rahul Raj Ralph Randy Raymond Rebecca Rhiannon Rhys Richard Rob Robert Roger Ronald Rosie Ross Roy ' +
  'Rupert Russell Ruth Ryan Sam Samantha Samuel Sandra Sara Sarah Scott Sean Shannon Sharon Shaun ' +
  'Shirley Simon Sinead Siobhan Sofia Sophia Sophie Stacey Stefan Stephanie Stephen Steve Steven ' +
  'Stuart Sue Susan Teresa Terry Theo Thomas Tilly Tim Timothy Toby Tom Tomasz Tracey Tracy Trevor ' +
  'Tyler Victoria Vincent Virginia Walter Wayne Wei William Willie Yuki Yusuf Zachary Zara Zoe';
