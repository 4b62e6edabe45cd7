import { describe, expect, it } from "vitest";
import { speakerAgreement } from "../../src/align/speakerAgreement.js";
import type { VariantSpeaker } from "../../src/types.js";

const lavrov: VariantSpeaker = {
  name: "Sergey Lavrov",
  kind: "person",
  via: "name",
  key: "sergei lavrov",
  castId: "c-lavrov",
};
const lavrovElsewhere: VariantSpeaker = { ...lavrov, name: "Sergei Lavrov" };
const bareLavrov: VariantSpeaker = { name: "Lavrov", kind: "person", via: "name" };
const charap: VariantSpeaker = {
  name: "Samuel Charap",
  kind: "person",
  via: "name",
  key: "samuel charap",
  castId: "c-charap",
};
const russia: VariantSpeaker = { name: "Russia", kind: "place", via: "name" };
const moscow: VariantSpeaker = { name: "Moscow", kind: "place", via: "name" };
const kremlin: VariantSpeaker = { name: "the Kremlin", kind: "organization", via: "name" };
const official: VariantSpeaker = {
  name: "a senior official",
  kind: "description",
  via: "description",
};

const roles: Record<string, string[]> = {
  "c-lavrov": ["Russian Foreign Minister", "Foreign Minister"],
  "c-charap": ["a Russia analyst at Rand Corp."],
};
const rolesOf = (speaker: VariantSpeaker) => roles[speaker.castId ?? ""] ?? [];

describe("speakerAgreement", () => {
  it.each([
    ["one person spelled two ways", lavrov, lavrovElsewhere, "same"],
    ["a bare surname and the full name", bareLavrov, lavrov, "same"],
    ["two different people", lavrov, charap, "different"],
    ["a person and the country a role speaks for", lavrov, russia, "same"],
    ["a person whose role only mentions the country", charap, russia, "unknown"],
    ["a person and a city no role names", lavrov, moscow, "unknown"],
    ["two names for one government", russia, kremlin, "unknown"],
    ["a description", lavrov, official, "unknown"],
    ["no speaker", lavrov, undefined, "unknown"],
  ] as const)("%s", (_name, left, right, expected) => {
    expect(speakerAgreement(left, right, rolesOf)).toBe(expected);
    expect(speakerAgreement(right, left, rolesOf)).toBe(expected);
  });
});
