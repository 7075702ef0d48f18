/**
 * Common English first names (the most frequent given names in the UK and US name statistics, from
 * memory of those tables), plus frequent names of colleagues from elsewhere in Europe.
 */

export const ENGLISH_FIRST_NAMES =
  'James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony ' +
  'Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan ' +
  'Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander ' +
  'Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle ' +
  'Ethan Walter Noah Jeremy Christian Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan ' +
  'Jesse Jordan Bryan Billy Joe Bruce Gabriel Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent ' +
  'Ralph Eugene Russell Bobby Mason Philip Louis Harry Oliver Charlie Oscar Leo Archie Alfie Freddie Theo ' +
  'Arthur Isaac Toby Max Edward Luke Callum Connor Jamie Liam Owen Rhys Lewis Ben Tom Sam Joe Dan Rob Mike Chris ' +
  'Steve Dave Andy Nick Matt Tim Pete Greg Jeff Kevin Neil Ian Graham Stuart Colin Nigel Simon Martin Adrian ' +
  'Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra ' +
  'Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura ' +
  'Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine ' +
  'Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly ' +
  'Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara ' +
  'Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia Isabella Charlotte Amelia Ava Mia Harper ' +
  'Ella Chloe Grace Lily Zoe Poppy Freya Isla Ivy Florence Evie Daisy Phoebe Jasmine Holly Lucy Sophie Jade ' +
  'Natalie Claire Louise Rachel Gemma Kate Katie Jo Jane Sue Liz Beth Jen Kim Alex Jessie Lucas Mateo Hugo ' +
  'Marco Luca Giulia Francesca Pierre Jean Marie Camille Hans Jürgen Klaus Stefan Thomas Lukas Anja Katrin ' +
  'Piotr Tomasz Anna Katarzyna Agnieszka Pawel Marek Ahmed Mohammed Mohammad Ali Fatima Omar Hassan Yusuf ' +
  'Sofia Elena Ivan Olga Dmitri Natalia Priya Raj Rahul Wei Li Chen Yuki Kenji ' +
  // frequent in the UK and Ireland
  'Craig Darren Dean Shaun Gareth Barry Trevor Glenn Kieran Declan Aiden Hamish Fraser Euan Alastair Duncan ' +
  'Angus Ross Gordon Malcolm Clive Derek Martyn Rupert Hugh Giles Mandy Tracy Tracey Nicola Kirsty Lindsay ' +
  'Leanne Kerry Joanne Gillian Siobhan Niamh Aoife Ciara Orla Sinead Caitlin Rhiannon Cerys Bethany Abbie ' +
  'Chelsea Courtney Shannon Stacey Zara Imogen Harriet Felicity Rosie Tilly Ellie Millie Matilda Georgia';
