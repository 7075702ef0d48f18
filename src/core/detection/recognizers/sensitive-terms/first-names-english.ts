/**
 * Common English first names (the most frequent given names in the UK and US name statistics, from
 * memory of those tables), plus frequent names of colleagues from elsewhere in Europe. In alphabetical
 * order, without the names the Nordic lists already hold (first-names-nordic.ts says why).
 */

export const ENGLISH_FIRST_NAMES =
  'Aaron Abbie Abigail Adrian Agnieszka Ahmed Aiden Alan Alastair Albert Alex Alfie Ali Amelia Amy ' +
  'Andrew Andy Angela Angus Ann Anthony Aoife Archie Arthur Ashley Austin Ava Barbara Barry Ben Beth ' +
  'Bethany Betty Billy Bobby Brandon Brenda Bruce Bryan Caitlin Callum Camille Carol Carolyn Catherine ' +
  'Cerys Charles Charlie Chelsea Chen Cheryl Chloe Chris Christine Christopher Ciara Claire Clive ' +
  'Colin Connor Courtney Craig Cynthia Daisy Darren Dave Dean Deborah Debra Declan Derek Diane Dmitri ' +
  'Donald Donna Dorothy Douglas Duncan Dylan Edward Elena Elijah Elizabeth Emily Eric Ethan Euan ' +
  'Eugene Evelyn Evie Fatima Felicity Florence Frances Francesca Fraser Freddie Freya Gareth Gary ' +
  'Gemma George Georgia Gerald Giles Gillian Giulia Gloria Gordon Grace Graham Greg Gregory Hamish ' +
  'Hannah Harold Harper Harriet Hassan Heather Helen Henry Holly Hugh Ian Imogen Isaac Isla Ivy Jack ' +
  'Jacqueline Jade James Jamie Jane Janet Janice Jasmine Jason Jean Jeff Jeffrey Jen Jennifer Jeremy ' +
  'Jerry Jesse Jessie Jo Joan Joanne Joe John Jordan Jose Joseph Joshua Joyce Juan Judith Judy Justin ' +
  'Jürgen Katarzyna Kate Katherine Kathleen Kathryn Katie Keith Kelly Kenji Kerry Kevin Kieran ' +
  'Kimberly Kirsty Kyle Larry Lauren Lawrence Leanne Lewis Li Lily Lindsay Liz Logan Louis Luca Lucy ' +
  'Luke Madison Malcolm Mandy Marco Marek Margaret Mark Martha Martyn Mary Mason Mateo Matt Matthew ' +
  'Megan Melissa Michelle Mike Millie Mohammad Mohammed Nancy Natalia Natalie Nathan Neil Niamh ' +
  'Nicholas Nick Nicola Nicole Nigel Olga Omar Orla Owen Pamela Patricia Patrick Paul Pawel Pete ' +
  'Phoebe Pierre Piotr Poppy Priya Rachel Rahul Raj Ralph Randy Raymond Rebecca Rhiannon Rhys Rob ' +
  'Ronald Rosie Ross Roy Rupert Russell Ryan Sam Samantha Sarah Scott Sean Shannon Sharon Shaun ' +
  'Shirley Sinead Siobhan Sophia Sophie Stacey Stephanie Stephen Steve Steven Stuart Sue Teresa Terry ' +
  'Tilly Tim Timothy Toby Tomasz Tracey Tracy Trevor Tyler Victoria Virginia Wayne Wei Willie Yuki ' +
  'Yusuf Zachary Zara Zoe';
