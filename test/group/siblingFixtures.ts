/**
 * Stories written for these tests (no third-party text). Two events of one kind in one
 * place — two fires in the port of Haldenby, told by three outlets each, with the same
 * harbour master and fire chief speaking both times, and the
 * later reports recalling the earlier fire — and one council vote told by five
 * outlets from different angles, each sharing only some names and figures with the rest.
 */
import { articleFromBody } from "../helpers/article.js";

/** The first fire: a grain warehouse on Pier 7, set off by welding sparks. */
const warehouseFire = {
  wire: [
    "HALDENBY — Fire destroyed a grain warehouse on Pier 7 of the port of Haldenby overnight, sending a column of smoke over the old town and forcing the closure of the northern container terminal, the port authority said.",
    "About 40 firefighters fought the blaze for nine hours. Fire chief Mads Rask said welding work on the warehouse roof the previous afternoon was the most likely cause, and that no one had been inside when the roof collapsed.",
    "The warehouse, owned by the trading house Nordkorn, held some 6,000 tonnes of barley waiting to be shipped to Rotterdam. Nordkorn put the damage at 3.2 million euros.",
    "“We were lucky the wind came from the sea. Another hour and the sparks would have reached the timber yard,” harbour master Lena Brandt said.",
  ].join("\n\n"),
  local: [
    "Residents of Haldenby's old town woke to the smell of burnt grain after the Nordkorn warehouse on Pier 7 went up in flames during the night.",
    "Mads Rask, who leads the city fire brigade, told the Haldenby Courier that a welder had been repairing the roof gutters the day before. Forty firefighters and two fireboats were needed before the blaze was out shortly after dawn.",
    "Lena Brandt, the harbour master, said the northern terminal would stay shut while engineers checked the quay wall next to the ruins.",
    "Nordkorn said 6,000 tonnes of barley bound for Rotterdam were lost and estimated the cost at 3.2 million euros.",
  ].join("\n\n"),
  trade: [
    "Barley exports through Haldenby face delays after a fire gutted Nordkorn's Pier 7 store, the trader's only warehouse in the port.",
    "The company said the 6,000-tonne cargo destined for Rotterdam was a total loss worth 3.2 million euros, and that it would ship from rented silos until the warehouse is rebuilt.",
    "Fire chief Mads Rask pointed to hot work by a roofing contractor as the probable cause. Harbour master Lena Brandt expects the northern terminal to reopen within the week.",
  ].join("\n\n"),
};

/** The second fire, a year later: the tanker Saga Wind burning at the oil jetty. */
const tankerFire = {
  wire: [
    "HALDENBY — A fire broke out in the engine room of the tanker Saga Wind while it was unloading diesel at the oil jetty of the port of Haldenby on Sunday, and all 19 crew members were taken off the ship, the port authority said.",
    "Two sailors were treated in hospital for smoke inhalation. Fire chief Mads Rask said foam crews had kept the fire away from the cargo tanks and that the vessel was not leaking.",
    "The Saga Wind, a 180-metre tanker sailing under the Maltese flag, had arrived from Gdansk with 30,000 tonnes of diesel.",
    "“The crew did everything right: they sealed the engine room and waited for us,” harbour master Lena Brandt said, adding that the oil jetty would stay closed for at least two days.",
    "It was the second big fire in the port in a year, after last summer's blaze at the Nordkorn warehouse.",
  ].join("\n\n"),
  local: [
    "Tugboats pulled the burning tanker Saga Wind a safe distance from Haldenby's oil jetty on Sunday afternoon as smoke drifted over the eastern beaches.",
    "All 19 crew were rescued; two of them were taken to the county hospital with smoke inhalation. Mads Rask of the city fire brigade said the blaze had started near a fuel pump in the engine room.",
    "Lena Brandt, the harbour master, said the diesel cargo from Gdansk was intact and that the oil jetty would remain closed for two days while inspectors board the ship.",
  ].join("\n\n"),
  shipping: [
    "The Maltese-flagged tanker Saga Wind is out of service after an engine-room fire at Haldenby, its manager said, with 30,000 tonnes of diesel from Gdansk still aboard.",
    "The 180-metre ship's crew of 19 were evacuated and two sailors treated for smoke inhalation. Haldenby harbour master Lena Brandt has closed the oil jetty for two days.",
    "Fire chief Mads Rask said the tanks were never at risk and that investigators would examine a fuel pump in the engine room.",
  ].join("\n\n"),
};

/** The fires as articles: three reports of each, ids saying which fire. */
export const harbourFires = [
  articleFromBody(warehouseFire.wire, { id: "warehouse-wire" }),
  articleFromBody(warehouseFire.local, { id: "warehouse-local" }),
  articleFromBody(warehouseFire.trade, { id: "warehouse-trade" }),
  articleFromBody(tankerFire.wire, { id: "tanker-wire" }),
  articleFromBody(tankerFire.local, { id: "tanker-local" }),
  articleFromBody(tankerFire.shipping, { id: "tanker-shipping" }),
];

/**
 * One council vote — Port Elsinore's bill for a harbour-front cycle route — from five
 * angles: the vote, the shops, the cyclists, the works, the money. Each report shares a
 * few names and figures with some of the others, none with all.
 */
const cycleRouteVote = {
  vote: [
    "PORT ELSINORE — The city council voted 17 to 12 on Wednesday to build a protected cycle route along the harbour front, after a four-hour debate that split the governing coalition.",
    "Councillor Jonas Holm, who drafted the bill, said the route would make the harbour safe for children riding to school. Opposition leader Karin Vesth called the vote rushed and said her party would try to overturn it after the next election.",
  ].join("\n\n"),
  shops: [
    "Shopkeepers on Port Elsinore's Strandgade fear for their trade after the council approved a harbour-front cycle route that removes 240 parking spaces.",
    "“Our customers come by car. Take away the parking and you take away the street,” said Mette Dahl, who runs a bakery near the fish market. Councillor Karin Vesth, who voted against, said the shops had not been heard.",
  ].join("\n\n"),
  cyclists: [
    "Cycling groups in Port Elsinore celebrated on Wednesday night after councillors backed a separated bike lane along the harbour.",
    "Ole Brink, chair of the local cyclists' union, said the 6.5-kilometre route would link the ferry terminal with the university. He thanked Jonas Holm, the councillor behind the bill, and said volunteers would count riders on the new lane every month.",
  ].join("\n\n"),
  works: [
    "Work on Port Elsinore's new harbour-front cycle route will start in April and close Strandgade to traffic for about five months, the city's roads department said after Wednesday's council vote.",
    "The 6.5-kilometre lane will run from the ferry terminal past the fish market, and 240 parking spaces will be replaced by planters and a kerb.",
  ].join("\n\n"),
  money: [
    "Port Elsinore will borrow 11 million euros to pay for the harbour cycle route approved by the council on Wednesday, according to the budget note attached to the bill.",
    "Councillor Jonas Holm said a national grant would cover a third of the cost. Karin Vesth said the loan would be repaid by drivers through higher parking fees.",
  ].join("\n\n"),
};

/** The vote as five articles. */
export const cycleRouteReports = Object.entries(cycleRouteVote).map(([angle, body]) =>
  articleFromBody(body, { id: `cycle-route-${angle}` }),
);
