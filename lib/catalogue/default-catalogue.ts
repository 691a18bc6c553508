// What the drop-in hands out (seed 001: clothing bank, hygiene, harm reduction, groceries),
// until the stock issue lets the coordinator manage items and quantities.
export type DefaultItem = {
  key: string;
  category: "CLOTHING" | "HYGIENE" | "HARM_REDUCTION" | "FOOD" | "OTHER";
  nameFr: string;
  nameEn: string;
  sizes?: string[];
};

const CLOTHING_SIZES = ["S", "M", "L", "XL", "XXL"];

export const DEFAULT_CATALOGUE: readonly DefaultItem[] = [
  { key: "condoms", category: "HARM_REDUCTION", nameFr: "Condoms", nameEn: "Condoms" },
  { key: "lube", category: "HARM_REDUCTION", nameFr: "Lubrifiant", nameEn: "Lube" },
  { key: "needles", category: "HARM_REDUCTION", nameFr: "Seringues stériles", nameEn: "Sterile needles" },
  { key: "alcohol-swabs", category: "HARM_REDUCTION", nameFr: "Tampons d'alcool", nameEn: "Alcohol swabs" },
  { key: "sterile-water", category: "HARM_REDUCTION", nameFr: "Eau stérile", nameEn: "Sterile water" },
  { key: "safer-crack-kit", category: "HARM_REDUCTION", nameFr: "Trousse d'inhalation sécuritaire", nameEn: "Safer-crack kit" },
  { key: "disposal-container", category: "HARM_REDUCTION", nameFr: "Contenant de récupération", nameEn: "Disposal container" },
  { key: "naloxone-kit", category: "HARM_REDUCTION", nameFr: "Trousse de naloxone", nameEn: "Naloxone kit" },
  { key: "safer-sex-pamphlet", category: "HARM_REDUCTION", nameFr: "Dépliant sexe sécuritaire", nameEn: "Safer-sex pamphlet" },
  { key: "soap", category: "HYGIENE", nameFr: "Savon", nameEn: "Soap" },
  { key: "deodorant", category: "HYGIENE", nameFr: "Déodorant", nameEn: "Deodorant" },
  { key: "razors", category: "HYGIENE", nameFr: "Rasoirs", nameEn: "Razors" },
  { key: "shaving-cream", category: "HYGIENE", nameFr: "Crème à raser", nameEn: "Shaving cream" },
  { key: "toothbrush", category: "HYGIENE", nameFr: "Brosse à dents", nameEn: "Toothbrush" },
  { key: "toothpaste", category: "HYGIENE", nameFr: "Dentifrice", nameEn: "Toothpaste" },
  { key: "socks", category: "CLOTHING", nameFr: "Bas (paire)", nameEn: "Socks (pair)", sizes: ["S", "M", "L"] },
  { key: "underwear", category: "CLOTHING", nameFr: "Sous-vêtements neufs", nameEn: "New underwear", sizes: CLOTHING_SIZES },
  { key: "sweater", category: "CLOTHING", nameFr: "Chandail", nameEn: "Sweater", sizes: CLOTHING_SIZES },
  { key: "winter-coat", category: "CLOTHING", nameFr: "Manteau d'hiver", nameEn: "Winter coat", sizes: CLOTHING_SIZES },
  { key: "hat", category: "CLOTHING", nameFr: "Tuque", nameEn: "Hat" },
  { key: "gloves", category: "CLOTHING", nameFr: "Gants", nameEn: "Gloves", sizes: ["S", "M", "L"] },
  { key: "grocery-bag", category: "FOOD", nameFr: "Sac d'épicerie", nameEn: "Grocery bag" },
  { key: "granola-bar", category: "FOOD", nameFr: "Barre tendre", nameEn: "Granola bar" },
  { key: "juice", category: "FOOD", nameFr: "Jus", nameEn: "Juice" },
  { key: "info-card", category: "OTHER", nameFr: "Carte d'information de la halte", nameEn: "Drop-in information card" },
];
