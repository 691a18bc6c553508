// Aliases people choose at the drop-in: first names, nicknames, street names. None is a
// real person's; several share a first word, as at a real front desk.
export const ALIAS_WORDS = [
  "René", "Émile", "Jo", "Max", "Sam", "Alex", "Kim", "Dany", "Steve", "Marco", "Luc", "Jean", "Hugo", "Noé", "Zoé",
  "Félix", "Gabriel", "Théo", "Mathis", "Olivier", "Simon", "Samuel", "Nico", "Rafa", "Yan", "Éric", "François",
  "Karim", "Mehdi", "Amine", "Youssef", "Malik", "Dimitri", "Ivan", "Pedro", "Diego", "Tony", "Jimmy", "Ricky",
  "Cédric", "Benoît", "Joël", "Gaël", "Loïc", "Anaïs", "Chloé", "Léa", "Maëlle", "Inès", "Sofia", "Nadia", "Jess",
  "Charlie", "Robin", "Morgan", "Sasha", "Andy", "Frankie", "Jojo", "Titi", "Coco", "Bijou", "Ti-Guy", "Ti-Loup",
  "Bear", "Fox", "Angel", "Blue", "Ace", "Duke", "King", "Prince", "Shadow", "Sunny", "Rocky", "Lucky", "Spike",
];

export const ALIAS_SECOND_WORDS = [
  "Petit", "Grand", "Blond", "Noir", "du Plateau", "du Village", "de l'Est", "Montréal", "Junior", "Senior", "Nord", "Sud",
];

/** Staff notes as staff write them: short, practical, no names, nothing that identifies anyone. */
export const STAFF_NOTES = [
  "Cherche un logement avant l'hiver.",
  "Intéressé par l'atelier sur les droits.",
  "Préfère qu'on l'appelle par son surnom seulement.",
  "Aimerait de l'aide pour un CV.",
  "Demande des informations sur le dépistage.",
  "Pieds douloureux, orienté vers l'unité mobile.",
  "Veut refaire ses papiers d'identité.",
  "Parle surtout anglais.",
];
