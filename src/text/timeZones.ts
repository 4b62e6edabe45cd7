/**
 * Time-zone abbreviations news copy prints after a clock time ("9:27 a.m. PDT", "1627
 * GMT"), with their offsets from UTC in minutes, so that comparison can tell two times in
 * different zones that agree from two that do not. Only unambiguous abbreviations are
 * listed: "IST" (India, Ireland, Israel), "CST" (US Central, China) and the seasonless
 * "ET" and "PT" are left out, since a wrong offset would invent a disagreement.
 */
export const TIME_ZONE_OFFSETS: ReadonlyMap<string, number> = new Map([
  ["utc", 0],
  ["gmt", 0],
  ["z", 0],
  ["bst", 60],
  ["cet", 60],
  ["cest", 120],
  ["wet", 0],
  ["west", 60],
  ["eet", 120],
  ["eest", 180],
  ["msk", 180],
  ["edt", -240],
  ["est", -300],
  ["cdt", -300],
  ["mdt", -360],
  ["mst", -420],
  ["pdt", -420],
  ["pst", -480],
  ["akdt", -480],
  ["akst", -540],
  ["hst", -600],
  ["jst", 540],
  ["kst", 540],
  ["hkt", 480],
  ["sgt", 480],
  ["aest", 600],
  ["aedt", 660],
  ["awst", 480],
  ["nzst", 720],
  ["nzdt", 780],
  ["pkt", 300],
  ["wib", 420],
]);
