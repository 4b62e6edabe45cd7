import { describe, expect, it } from "vitest";
import { boilerplateParagraphKind, classifyLine } from "../../../src/parse/text/classifyLine.js";

describe("classifyLine", () => {
  const cases: [string, string][] = [
    ["", "blank"],
    ["   ", "blank"],
    ["The council voted on Tuesday to close the pier for repairs until June.", "prose"],
    ["“We will not give up the harbour,” the mayor said.", "prose"],
    ["Ferry strike ends after two weeks", "heading"],
    ["Sport", "navigation"],
    ["Best Picks", "navigation"],
    ["2 days ago", "age"],
    ["- 3 hours ago", "age"],
    ["Updated 5 minutes ago", "age"],
    ["3 min read", "read-time"],
    ["- 4 min read", "read-time"],
    ["• 2 min read", "read-time"],
    ["6 min read4 days ago", "read-time"],
    ["12 minutes read", "read-time"],
    ["5 min reading the council report was enough for her.", "prose"],
    ["By Ines Okafor", "byline"],
    ["Written By Dara Okonkwo", "byline"],
    ["ByDara Okonkwo", "byline"],
    ["Bygone days on the old ferry", "heading"],
    ["By", "byline"],
    ["Share the Post:", "share"],
    ["Share this article", "share"],
    ["Facebook", "share"],
    ["Subscribe to our newsletter", "subscribe"],
    ["Sign up for the morning briefing", "subscribe"],
    ["Privacy & Cookie Notice", "cookie-notice"],
    ["Privacy Overview", "cookie-notice"],
    ["Cookie Settings", "cookie-notice"],
    ["Privacy & Cookies", "cookie-notice"],
    ["We use cookies", "cookie-notice"],
    ["Giant Peppermint Cookies Are the Perfect Holiday Treat", "heading"],
    ["Advertisement", "promo"],
    ["Related", "promo"],
    ["Most Popular", "promo"],
    ["We may earn commission from links on this page.", "promo"],
    ["Comments (12)", "comments"],
    ["Reply", "comments"],
    ["jsmith84 said:", "comments"],
    ["12:55 pm ET", "date"],
    ["at 11:48 CET", "date"],
    ["10.30", "date"],
    ["Route 12 buses", "navigation"],
    ["Club president Ana Ruiz said:", "prose"],
    ["The mayor told reporters on the steps of city hall. ''", "prose"],
    ["Nobody expected the vote to pass so quickly. “", "prose"],
    ["© 2024 The Lakeside Ledger. All rights reserved.", "copyright"],
    ["moderate rain 12.2°C", "weather"],
    ["Humidity: 89%", "weather"],
    ["Wind Speed: 9.3 km/h", "weather"],
    ["(Photo credit: Harbour Desk)", "caption"],
    ["hide caption", "caption"],
    ["Jane Roe/Getty Images", "caption"],
    ["FILE - A ferry leaves the harbour at dawn, May 2, 2024.", "caption"],
    // A picture's credit at the end makes a caption, however long the description.
    [
      "Dock workers gather at the north gate before the vote on Tuesday, May 6, 2025, in Gdańsk. (Ann Lee/Harbour Desk)",
      "caption",
    ],
    ["The new quay seen from the ferry deck. (Photo by Bo Diaz)", "caption"],
    ["Dock workers march to the port office on Monday, May 5, 2025, in Gdańsk. (AP)", "caption"],
    ["The lighthouse was restored over two winters. Credit: Ines Okafor", "caption"],
    ["A crane lifts the first steel beam into place. Photograph: Bo Diaz/AP", "caption"],
    // Brackets and colons in a paragraph are not credits.
    ["The board approved the plan (9 votes to 4) after a long debate on Tuesday.", "prose"],
    ["Fuel delivery runs at high pressure (2,175 psi / 150 bar) in the new engine.", "prose"],
    ["The mayor had one word for the result: historic.", "prose"],
    ["READ MORE: Dock workers agree new night-shift pay", "related-link"],
    ["[Related: The ferry that never sailed]", "related-link"],
    ["Related: Port strike ends after nine days", "related-link"],
    ["MORE: By the numbers: the harbour in 2025", "related-link"],
    ["Watch: The new quay from the air", "related-link"],
    ["Related to the strike, the union said it would meet again on Friday.", "prose"],
    ["More than 300 dock workers attended the meeting on Tuesday night.", "prose"],
    ["Watch the ferries come in from the north pier at dawn.", "prose"],
    ["CLICK HERE TO GET THE HARBOUR DESK APP", "promo"],
    // Shopping disclosures and newsletter notes printed above or inside a story.
    ["The products below were independently selected by our editors.", "promo"],
    ["Harbour Desk may get a share of the revenue if you buy through our links.", "promo"],
    ["When you buy through links on our site, we may earn a small commission.", "promo"],
    ["Thanks for signing up!", "promo"],
    ["Help keep the Harbour Desk free: give as little as $2 a month.", "promo"],
    ["Support our newsroom", "promo"],
    ["The port gave as little as it could to the union, a member said.", "prose"],
    ["You're reading the Morning Harbour newsletter. Sign up to get it every day.", "promo"],
    [
      "The port may earn more from cruise ships than from cargo next year, the board said.",
      "prose",
    ],
    ["The inquiry was independent of the port authority, its chair said.", "prose"],
    ["For the latest updates on the strike, click here.", "promo"],
    // Footer lines recognised by what they do, in several sites' words.
    ["The Ridge Weekly stays free to read thanks to our sponsors.", "promo"],
    ["Our local coverage is made possible by readers and partners like you.", "promo"],
    ["Subscribing gives you every edition and our full archive.", "subscribe"],
    ["Get the morning briefing delivered to your inbox.", "subscribe"],
    ["We and our partners use cookies to measure how our pages are read.", "cookie-notice"],
    ["You can withdraw your consent from the privacy settings at any time.", "cookie-notice"],
    // The same topics in a story stay prose.
    ["The county fair is free this year thanks to its sponsors, organisers said.", "prose"],
    ["“Subscribing gives me the whole paper on Sunday,” one reader said.", "prose"],
    ["Inspectors found the clinic had shared patients' data without their consent.", "prose"],
    ["Dock workers said they would go back to work on Monday.", "prose"],
    // A teaser headline cut to fit its box is a title, not a sentence.
    ["Ferry captain who steered through the storm reveals what he saw from the...", "prose"],
    ["Harbour master says the new quay will open before…", "heading"],
  ];
  it.each(cases)("%j is %s", (line, kind) => {
    expect(classifyLine(line).kind).toBe(kind);
  });

  const sentences: [string, boolean][] = [
    ["Ferry captain who steered through the storm reveals what he saw from the...", false],
    ["Harbour master says the new quay will open before…", false],
    ["Five ferries, three tugs and a barge,...", false],
    ["The mayor paused and said, 'We will see...'", true],
    ["The crews waited for the tide to turn. Then they waited again...", true],
    ["The council voted on Tuesday to close the pier for repairs until June.", true],
  ];
  it.each(sentences)("%j reads as a sentence: %s", (line, sentence) => {
    expect(classifyLine(line).sentence).toBe(sentence);
  });

  const consentParagraphs: string[] = [
    "This content is provided by Harbour Audio, which may be using cookies and other technologies to show it to you.",
    "To view this content you can use the button below to allow Harbour Audio cookies for this session only.",
    "Unfortunately we have been unable to verify if you have consented to Harbour Audio cookies on this device.",
    "The map below comes from an outside service. Allow its cookies to see it here, or change your choice in our privacy settings.",
    "Under the data protection law of your country we keep your details only as long as you hold an account with us.",
  ];
  it.each(consentParagraphs)("reads the embed consent notice %j as clutter", (text) => {
    expect(boilerplateParagraphKind(text)).toBe("cookie-notice");
  });

  it("keeps a long paragraph that mentions cookies as prose", () => {
    const line =
      "The bakery sold more than 4,000 cookies in one weekend, and its owner said the newsletter she started in March had doubled her orders.";
    expect(classifyLine(line).kind).toBe("prose");
  });

  it("strips a list bullet but remembers it", () => {
    const line = classifyLine(
      "• Troops advanced near the river crossing on Monday, officials said.",
    );
    expect(line.bullet).toBe(true);
    expect(line.kind).toBe("prose");
  });
});
