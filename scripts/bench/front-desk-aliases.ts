// Aliases for the scale dataset: a few hundred first names, nicknames and street names as people
// choose them at a Montréal drop-in (accents included, since "rene" must find "René"), combined
// with a second word or a number as people do when their first choice is taken. The mix decides
// how many people a 2–3 letter prefix finds, which is what the search figure is about: "ma" finds
// Marco, Maëlle, Malik, Max ... thousands of people at network scale, as it would in real life.
export const FIRST_WORDS = [
  // French first names and short forms
  "René", "Émile", "Zoé", "Noé", "Léa", "Chloé", "Inès", "Anaïs", "Maëlle", "Gaël", "Loïc", "Joël", "Noël", "Cédric",
  "Benoît", "Éric", "Hélène", "Josée", "Réjean", "Gisèle", "Ginette", "Gaétan", "Jérôme", "Sébastien", "Stéphane",
  "Frédéric", "Valérie", "Mélanie", "Sylvie", "Nathalie", "Isabelle", "Geneviève", "Véronique", "Danielle", "Martine",
  "Johanne", "Francine", "Lucie", "Manon", "Chantal", "Diane", "Lise", "Louise", "Carole", "Nicole", "Suzanne",
  "Monique", "Claude", "Denis", "Guy", "Luc", "Marc", "Michel", "Pierre", "Paul", "Jacques", "Yves", "Alain", "André",
  "Gilles", "Serge", "Normand", "Sylvain", "Daniel", "Mario", "Richard", "Robert", "Roger", "Raymond", "Gaston",
  "Marcel", "Maurice", "Lucien", "Léo", "Léon", "Théo", "Hugo", "Félix", "Gabriel", "Mathis", "Olivier", "Simon",
  "Samuel", "Antoine", "Alexandre", "Maxime", "Vincent", "Nicolas", "Julien", "Mathieu", "Guillaume", "Philippe",
  "François", "Jean", "Étienne", "Émilie", "Élodie", "Éloïse", "Océane", "Maude", "Audrey", "Camille", "Justine",
  "Julie", "Marie", "Sophie", "Annie", "Caroline", "Catherine", "Karine", "Mélissa", "Jessica", "Vanessa", "Cindy",
  "Nancy", "Kathy", "Sandra", "Linda", "Josiane", "Roxanne", "Noémie", "Rosalie", "Béatrice", "Clémence", "Ève",
  "Gabrielle", "Laurence", "Marianne", "Virginie", "Sarah", "Jade", "Florence", "Charlotte", "Alice", "Rose", "Jeanne",
  "Margot", "Agathe", "Solène", "Léonie", "Adèle", "Anaëlle", "Raphaël", "Mickaël", "Jérémie", "Zacharie", "Benjamin",
  "Thomas", "Louis", "Arthur", "Jules", "Édouard", "Xavier", "Yannick", "Yvon", "Rémi", "Hervé", "Honoré", "Aimé",
  // Names from the neighbourhoods the centre serves
  "Karim", "Mehdi", "Amine", "Youssef", "Malik", "Samir", "Nabil", "Rachid", "Yasmine", "Nadia", "Leïla", "Fatima",
  "Aïcha", "Soraya", "Mounir", "Hakim", "Bilal", "Omar", "Ibrahim", "Moussa", "Mamadou", "Aminata", "Fatou", "Ousmane",
  "Dimitri", "Ivan", "Boris", "Igor", "Sergueï", "Pedro", "Diego", "José", "Luis", "Carlos", "Juan", "Javier", "Ramón",
  "Lucía", "María", "Ana", "Paola", "Camila", "Rosa", "Marisol", "Nguyen", "Minh", "Linh", "Mai", "Thanh", "Wei",
  "Ming", "Jun", "Hiro", "Kenji", "Priya", "Ravi", "Anil", "Sunil", "Raj", "Aroha", "Kateri", "Tehanetorens", "Wapun",
  "Mahikan", "Nakuset", "Shanice", "Tyrone", "Jamal", "Darnell", "Keisha", "Marcus", "Dwayne", "Andre", "Jean-Guy",
  "Jean-Marc", "Marie-Ève", "Marie-Claude", "Anne-Marie", "Pierre-Luc", "Louis-Philippe",
  // English names
  "Steve", "Mike", "Dave", "Chris", "Jeff", "Kevin", "Brian", "Jason", "Ryan", "Sean", "Shawn", "Patrick", "Kelly",
  "Shannon", "Tracy", "Stacy", "Jenny", "Amanda", "Ashley", "Brittany", "Crystal", "Dawn", "Heather", "Tammy", "Tina",
  "Wendy", "Bobby", "Billy", "Danny", "Eddie", "Frankie", "Georgie", "Jimmy", "Johnny", "Joey", "Ricky", "Tommy",
  "Terry", "Larry", "Gary", "Barry", "Harry", "Charlie", "Robin", "Morgan", "Jordan", "Taylor", "Casey", "Jamie",
  "Jesse", "Alex", "Sam", "Max", "Kim", "Jo", "Dany", "Andy", "Sasha", "Jess", "Nico", "Rafa", "Yan", "Tony",
  "Marco", "Sofia",
  // Nicknames and street names
  "Ti-Guy", "Ti-Loup", "Ti-Mousse", "Ti-Coune", "Jojo", "Titi", "Coco", "Lulu", "Fifi", "Mimi", "Kiki", "Bibi",
  "Bijou", "Minou", "Pitou", "Toutou", "Poupoune", "Chouchou", "Bear", "Fox", "Wolf", "Angel", "Blue", "Ace", "Duke",
  "King", "Prince", "Queenie", "Shadow", "Sunny", "Rocky", "Lucky", "Spike", "Smokey", "Ginger", "Sugar", "Candy",
  "Cookie", "Peanut", "Pepper", "Sparky", "Ziggy", "Bingo", "Buddy", "Chico", "Flaco", "Gordo", "Güero", "Chato",
  "Moose", "Tank", "Diesel", "Bubba", "Red", "Slim", "Tiny", "Doc", "Preacher", "Cowboy", "Gypsy", "Stitch", "Zebra",
  "Mouche", "Puce", "Grenouille", "Pinson", "Moineau", "Corbeau", "Loulou", "Nounours", "Frisé", "Bouclette",
  "Caramel", "Réglisse", "Cerise", "Framboise", "Pomme", "Biscuit", "Galette", "Praline", "Étoile", "Comète", "Lune",
  "Soleil", "Orage", "Éclair", "Tonnerre", "Hiver", "Automne", "Rivière", "Forêt", "Érable", "Bouleau", "Castor",
  "Renard", "Loup", "Hibou", "Aigle", "Faucon", "Ours", "Lynx", "Zorro", "Rambo", "Elvis", "Bowie", "Marley",
] as const;

/** Second words people add to an alias: a place, a trait, a "junior". */
export const SECOND_WORDS = [
  "Petit", "Grand", "Blond", "Noir", "Roux", "Frisé", "Junior", "Senior", "Nord", "Sud", "Est", "Ouest", "du Plateau",
  "du Village", "de l'Est", "de Verdun", "d'Hochelaga", "de Rosemont", "du Mile-End", "de Pointe-Saint-Charles",
  "Montréal", "Québec", "Gaspésie", "Abitibi", "la Puce", "le Sage", "la Crevette", "le Rouge", "la Bleue", "l'Ancien",
  "le Jeune", "Deux", "Trois", "Bis", "Ti-Bras", "Longue-Jambe", "Gros-Cœur", "Sans-Souci", "Bon-Temps", "le Brave",
] as const;
