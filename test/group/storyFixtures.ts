/**
 * News-like articles written for these tests (no third-party text): one earthquake told
 * several ways, a second earthquake of the same kind elsewhere, and an unrelated story.
 */
import { articleFromBody } from "../helpers/article.js";

export const kastoriaWire = [
  "KASTORIA, Greece — A magnitude 6.1 earthquake struck near the lakeside town of Kastoria in northern Greece early on Tuesday, injuring 14 people and damaging dozens of old stone houses, the country's civil protection agency said.",
  "The quake hit at 4:12 a.m. at a depth of 9 kilometres, according to the Athens Geodynamic Institute, and was felt as far away as Thessaloniki and the Albanian border.",
  "Regional governor Eleni Markopoulou said rescue teams had checked every village around the lake and that no one was missing. Eleven of the injured were treated for cuts from falling glass and released the same morning.",
  "“The old quarter took the worst of it. We are moving families from the damaged houses into the sports hall tonight,” Markopoulou told reporters outside the town hall.",
  "Seismologist Petros Vlachos said at least 30 aftershocks had followed the main tremor, the strongest of magnitude 4.3, and warned residents to stay out of cracked buildings for several days.",
  "Schools in Kastoria and the nearby villages of Mavrochori and Dispilio will stay closed until engineers have inspected them, the education ministry said.",
].join("\n\n");

/** The same wire story with a new opening paragraph, as a regional paper runs it. */
export const kastoriaNewLead = [
  "Families in the old quarter of Kastoria spent Tuesday night in a sports hall after the strongest earthquake to hit the region in decades.",
  kastoriaWire,
].join("\n\n");

/** The first half of the wire story, as a site that trims copy runs it. */
export const kastoriaTrimmed = kastoriaWire.split("\n\n").slice(0, 4).join("\n\n");

/** The same event, written independently: other words, the same names and numbers. */
export const kastoriaReworded = [
  "Fourteen people were hurt when a 6.1-magnitude tremor shook Kastoria before dawn on Tuesday, Greek officials said, leaving cracks in many of the stone mansions that line the lake.",
  "The Athens Geodynamic Institute put the epicentre a few kilometres outside Kastoria, at a shallow depth of 9 km. Residents of Thessaloniki said they were woken by the shaking.",
  "Eleni Markopoulou, governor of the region, said crews had gone door to door in the villages around the lake overnight and had found no one trapped.",
  "Petros Vlachos, a seismologist, counted more than 30 aftershocks, including one of 4.3, and urged people not to go back into damaged homes.",
  "Classes in Kastoria, Mavrochori and Dispilio were cancelled while engineers check the school buildings.",
].join("\n\n");

/** Another earthquake, the same kind of story, a different event. */
export const arequipaQuake = [
  "AREQUIPA, Peru — A magnitude 5.4 earthquake shook the southern Peruvian city of Arequipa on Sunday afternoon, cracking the walls of a colonial church and sending shoppers running into the streets, Peru's geophysical institute said.",
  "The tremor struck at 3:47 p.m. at a depth of 110 kilometres under the Colca valley, about 160 km north of the city. Two people were treated in hospital for minor injuries.",
  "Mayor Rosa Quispe said inspectors had found damage to the bell tower of the Santa Catalina chapel and to several adobe houses in the district of Yanahuara.",
  "“We were lucky that it was deep. A shallow quake of this size would have been a disaster,” Quispe said on local radio.",
  "Peru sits on the Pacific Ring of Fire and records hundreds of earthquakes every year, most of them too small to be felt.",
].join("\n\n");

/** An unrelated story. */
export const harbourBudget = [
  "The city council of Port Elsinore approved a budget of 48 million euros on Thursday to rebuild the northern harbour wall, ending a two-year dispute over who should pay for the repairs.",
  "Councillor Jonas Holm said the works would begin in March and take about eighteen months, during which ferries to the islands would use a temporary pier.",
  "Fishing cooperatives had warned that the crumbling wall left their boats exposed to winter storms. Their spokesman, Anders Lund, welcomed the vote but asked for compensation during the closure.",
].join("\n\n");

/** The fixtures as articles, with ids. */
export const storyArticles = {
  wire: articleFromBody(kastoriaWire, { id: "kastoria-wire" }),
  newLead: articleFromBody(kastoriaNewLead, { id: "kastoria-new-lead" }),
  trimmed: articleFromBody(kastoriaTrimmed, { id: "kastoria-trimmed" }),
  reworded: articleFromBody(kastoriaReworded, { id: "kastoria-reworded" }),
  arequipa: articleFromBody(arequipaQuake, { id: "arequipa" }),
  harbour: articleFromBody(harbourBudget, { id: "harbour" }),
};
