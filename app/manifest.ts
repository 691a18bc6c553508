import type { MetadataRoute } from "next";

// The installable app is for field work: it opens on the outreach shift (the clinic session is a
// shortcut). Icons are ours (public/icons), nothing from another host. No personal data here.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Halte",
    short_name: "Halte",
    description: "Halte : saisie hors ligne / offline field entry",
    id: "/field/outreach",
    start_url: "/field/outreach",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#fafaf9",
    theme_color: "#185644",
    // PNGs for launchers that take no SVG (drawn by scripts/icons/make-icons.ts), maskable: the
    // green fills the square and the H stays in the safe zone.
    icons: [
      { src: "/icons/halte.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      { src: "/icons/halte-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/icons/halte-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icons/halte-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
    ],
    shortcuts: [
      { name: "Tournée de rue / Outreach shift", url: "/field/outreach" },
      { name: "Clinique partenaire / Partner clinic", url: "/field/clinic" },
    ],
  };
}
