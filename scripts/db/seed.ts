// `npm run db:seed`: puts the demo centre into the PostgreSQL of DATABASE_URL, on purpose.
// `npm start` never does this to an external database: the demo accounts have published
// passwords. Migrates first, so a new database can be seeded in one command.
import { migrate } from "../start/database.ts";
import { ExpectedFailure, runCli } from "../start/expected-failure.ts";
import { formatSignInTable } from "../start/print-banner.ts";

async function main(): Promise<number> {
  const databaseUrl = process.env.DATABASE_URL?.trim();
  if (!databaseUrl) {
    throw new ExpectedFailure(
      "DATABASE_URL is not set: set it to the database to seed (npm start seeds the embedded one by itself) / " +
        "DATABASE_URL n'est pas défini : indiquez la base à remplir (npm start remplit la base intégrée tout seul)",
    );
  }
  await migrate(databaseUrl, (line) => console.log(line));

  const { createPrismaClient } = await import("../../lib/db-client.ts");
  const { seedDemoData } = await import("../../prisma/seed/seed-demo.ts");
  const prisma = createPrismaClient(databaseUrl, { max: 1 });
  try {
    const result = await seedDemoData(prisma);
    if (!result.created) {
      console.log(
        "The database already has users: nothing seeded / La base a déjà des utilisateurs : rien n'a été ajouté",
      );
      return 0;
    }
    console.log("Demo data created / Données de démonstration créées\n");
    console.log(formatSignInTable(result.signIns));
    console.log(
      "\nThese passwords are public: disable these accounts before real records go in / " +
        "Ces mots de passe sont publics : désactivez ces comptes avant d'y mettre de vraies données",
    );
    return 0;
  } finally {
    await prisma.$disconnect();
  }
}

runCli(main);
