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
    icons: [{ src: "/icons/halte.svg", sizes: "any", type: "image/svg+xml", purpose: "any" }],
    shortcuts: [
      { name: "Tournée de rue / Outreach shift", url: "/field/outreach" },
      { name: "Clinique partenaire / Partner clinic", url: "/field/clinic" },
    ],
  };
}
