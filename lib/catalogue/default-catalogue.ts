// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// What the drop-in hands out (seed 001: clothing bank, hygiene, harm reduction, groceries),
// until the stock issue lets the coordinator manage items and quantities.
export type DefaultItem = {
  key: string;
  category: "CLOTHING" | "HYGIENE" | "HARM_REDUCTION" | "FOOD" | "OTHER";
  nameFr: string;
  nameEn: string;
  sizes?: string[];
  unit?: [fr: string, en: string];
  /** Low below this many on hand. */
  threshold: number;
  /** Purchase cost of one unit, cents. */
  cost?: number;
  /** Value of one donated unit, cents. */
  donatedValue?: number;
};

const CLOTHING_SIZES = ["S", "M", "L", "XL", "XXL"];

export const DEFAULT_CATALOGUE: readonly DefaultItem[] = [
  { key: "condoms", category: "HARM_REDUCTION", nameFr: "Condoms", nameEn: "Condoms", unit: ["condom", "condom"], threshold: 500, cost: 25, donatedValue: 25 },
  { key: "lube", category: "HARM_REDUCTION", nameFr: "Lubrifiant", nameEn: "Lube", unit: ["sachet", "sachet"], threshold: 100, cost: 50, donatedValue: 50 },
  { key: "needles", category: "HARM_REDUCTION", nameFr: "Seringues stériles", nameEn: "Sterile needles", unit: ["seringue", "needle"], threshold: 200, cost: 15, donatedValue: 15 },
  { key: "alcohol-swabs", category: "HARM_REDUCTION", nameFr: "Tampons d'alcool", nameEn: "Alcohol swabs", unit: ["tampon", "swab"], threshold: 200, cost: 5, donatedValue: 5 },
  { key: "sterile-water", category: "HARM_REDUCTION", nameFr: "Eau stérile", nameEn: "Sterile water", unit: ["fiole", "vial"], threshold: 100, cost: 30, donatedValue: 30 },
  { key: "safer-crack-kit", category: "HARM_REDUCTION", nameFr: "Trousse d'inhalation sécuritaire", nameEn: "Safer-crack kit", unit: ["trousse", "kit"], threshold: 30, cost: 250, donatedValue: 250 },
  { key: "disposal-container", category: "HARM_REDUCTION", nameFr: "Contenant de récupération", nameEn: "Disposal container", unit: ["contenant", "container"], threshold: 10, cost: 300, donatedValue: 300 },
  { key: "naloxone-kit", category: "HARM_REDUCTION", nameFr: "Trousse de naloxone", nameEn: "Naloxone kit", unit: ["trousse", "kit"], threshold: 10, donatedValue: 0 },
  { key: "safer-sex-pamphlet", category: "HARM_REDUCTION", nameFr: "Dépliant sexe sécuritaire", nameEn: "Safer-sex pamphlet", unit: ["dépliant", "pamphlet"], threshold: 50, cost: 10, donatedValue: 10 },
  { key: "soap", category: "HYGIENE", nameFr: "Savon", nameEn: "Soap", unit: ["pain", "bar"], threshold: 30, cost: 100, donatedValue: 100 },
  { key: "deodorant", category: "HYGIENE", nameFr: "Déodorant", nameEn: "Deodorant", unit: ["bâton", "stick"], threshold: 20, cost: 300, donatedValue: 300 },
  { key: "razors", category: "HYGIENE", nameFr: "Rasoirs", nameEn: "Razors", unit: ["rasoir", "razor"], threshold: 30, cost: 150, donatedValue: 150 },
  { key: "shaving-cream", category: "HYGIENE", nameFr: "Crème à raser", nameEn: "Shaving cream", unit: ["tube", "can"], threshold: 15, cost: 350, donatedValue: 350 },
  { key: "toothbrush", category: "HYGIENE", nameFr: "Brosse à dents", nameEn: "Toothbrush", unit: ["brosse", "brush"], threshold: 30, cost: 100, donatedValue: 100 },
  { key: "toothpaste", category: "HYGIENE", nameFr: "Dentifrice", nameEn: "Toothpaste", unit: ["tube", "tube"], threshold: 20, cost: 200, donatedValue: 200 },
  { key: "socks", category: "CLOTHING", nameFr: "Bas (paire)", nameEn: "Socks (pair)", sizes: ["S", "M", "L"], unit: ["paire", "pair"], threshold: 40, cost: 400, donatedValue: 400 },
  { key: "underwear", category: "CLOTHING", nameFr: "Sous-vêtements neufs", nameEn: "New underwear", sizes: CLOTHING_SIZES, unit: ["pièce", "piece"], threshold: 30, cost: 600, donatedValue: 600 },
  { key: "sweater", category: "CLOTHING", nameFr: "Chandail", nameEn: "Sweater", sizes: CLOTHING_SIZES, unit: ["pièce", "piece"], threshold: 10, cost: 1500, donatedValue: 1000 },
  { key: "winter-coat", category: "CLOTHING", nameFr: "Manteau d'hiver", nameEn: "Winter coat", sizes: CLOTHING_SIZES, unit: ["pièce", "piece"], threshold: 8, cost: 6000, donatedValue: 4000 },
  { key: "hat", category: "CLOTHING", nameFr: "Tuque", nameEn: "Hat", unit: ["pièce", "piece"], threshold: 15, cost: 800, donatedValue: 500 },
  { key: "gloves", category: "CLOTHING", nameFr: "Gants", nameEn: "Gloves", sizes: ["S", "M", "L"], unit: ["paire", "pair"], threshold: 15, cost: 800, donatedValue: 500 },
  { key: "grocery-bag", category: "FOOD", nameFr: "Sac d'épicerie", nameEn: "Grocery bag", unit: ["sac", "bag"], threshold: 20, cost: 1500, donatedValue: 1500 },
  { key: "granola-bar", category: "FOOD", nameFr: "Barre tendre", nameEn: "Granola bar", unit: ["barre", "bar"], threshold: 100, cost: 50, donatedValue: 50 },
  { key: "juice", category: "FOOD", nameFr: "Jus", nameEn: "Juice", unit: ["boîte", "box"], threshold: 100, cost: 75, donatedValue: 75 },
  { key: "info-card", category: "OTHER", nameFr: "Carte d'information de la halte", nameEn: "Drop-in information card", unit: ["carte", "card"], threshold: 100, cost: 5, donatedValue: 5 },
];
