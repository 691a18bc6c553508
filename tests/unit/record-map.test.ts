import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RECORD_MAP, clearedColumns } from "@/lib/participants/record-map";
import { parseSchemaModels, reachableModels, staleEntries, unmappedEntries, unrestrictedHistory, type SchemaModel } from "@/lib/participants/record-map-check";
import { Prisma } from "@/lib/generated/prisma/client";

const schemaText = readFileSync(path.join(import.meta.dirname, "../../prisma/schema.prisma"), "utf8");
const models = parseSchemaModels(schemaText);

describe("the map of a person's record", () => {
  it("reads the same models and fields as Prisma's generated client", () => {
    // The parser is checked against Prisma's own model list, so that a construct it misread cannot hide a relation.
    const prismaModels = Object.values(Prisma.ModelName).sort();
    expect(models.map((model) => model.name).sort()).toEqual(prismaModels);
    for (const model of models) {
      const fields = Object.keys((Prisma as unknown as Record<string, Record<string, string>>)[`${model.name}ScalarFieldEnum`] ?? {});
      const scalars = model.fields.filter((field) => !prismaModels.includes(field.type as never)).map((field) => field.name);
      expect(scalars.sort(), model.name).toEqual(fields.sort());
    }
  });

  it("has an entry for every model related to Participant and every text column of those models", () => {
    expect(reachableModels(models, RECORD_MAP)).toEqual(expect.arrayContaining(["Intake", "Visit", "Distribution", "Volunteer", "VolunteerShift", "VolunteerTraining", "User", "ClinicEncounter", "ClinicVaccination", "WorkshopAttendance"]));
    expect(unmappedEntries(models, RECORD_MAP)).toEqual([]);
    expect(staleEntries(models, RECORD_MAP)).toEqual([]);
  });

  it("keeps the person's history with onDelete: Restrict, so a forgotten relation fails the merge", () => {
    expect(unrestrictedHistory(models, RECORD_MAP)).toEqual([]);
  });

  it("fails on a relation or a text column added without an entry", () => {
    const withExtra: SchemaModel[] = [
      ...models,
      {
        name: "CounsellingNote",
        fields: [
          { name: "id", type: "String", list: false, optional: false, foreignKey: null, uuid: true },
          { name: "volunteerId", type: "String", list: false, optional: false, foreignKey: null, uuid: true },
          { name: "volunteer", type: "Volunteer", list: false, optional: false, foreignKey: { fields: ["volunteerId"], onDelete: "Cascade" }, uuid: false },
          { name: "text", type: "String", list: false, optional: false, foreignKey: null, uuid: false },
        ],
      },
    ];
    expect(unmappedEntries(withExtra, RECORD_MAP)).toEqual(["CounsellingNote"]);
    // A relation straight to Participant, and its text column once the model is mapped without it.
    const locker: SchemaModel = {
      name: "Locker",
      fields: [
        { name: "participantId", type: "String", list: false, optional: false, foreignKey: null, uuid: true },
        { name: "participant", type: "Participant", list: false, optional: false, foreignKey: { fields: ["participantId"], onDelete: "Restrict" }, uuid: false },
        { name: "contents", type: "String", list: false, optional: true, foreignKey: null, uuid: false },
      ],
    };
    expect(unmappedEntries([...models, locker], RECORD_MAP)).toEqual(["Locker"]);
    const withLocker = { ...RECORD_MAP, Locker: { link: "owned" as const, merge: { do: "move" as const, column: "participantId" }, retention: "-", columns: {} } };
    expect(unmappedEntries([...models, locker], withLocker)).toEqual(["Locker.contents"]);
    // A new text column on a mapped model.
    const withColumn = models.map((model) =>
      model.name === "VolunteerShift" ? { ...model, fields: [...model.fields, { name: "comment", type: "String", list: false, optional: true, foreignKey: null, uuid: false }] } : model,
    );
    expect(unmappedEntries(withColumn, RECORD_MAP)).toEqual(["VolunteerShift.comment"]);
    // A history relation loosened back to Cascade.
    const loosened = models.map((model) =>
      model.name === "Intake" ? { ...model, fields: model.fields.map((field) => (field.foreignKey ? { ...field, foreignKey: { ...field.foreignKey, onDelete: "Cascade" } } : field)) } : model,
    );
    expect(unrestrictedHistory(loosened, RECORD_MAP)).toEqual(["Intake.participant"]);
  });

  it("drives the anonymisation's list of cleared columns", () => {
    const cleared = clearedColumns().flatMap((entry) => entry.columns.map((column) => `${entry.model}.${column.name}`));
    expect(cleared).toEqual(expect.arrayContaining(["Distribution.overrideReason", "VolunteerTraining.label", "ClinicEncounter.otherVaccine", "Intake.note", "Restriction.reason", "Referral.note"]));
  });
});
