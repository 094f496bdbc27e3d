// The file `factmark init` writes: every key, commented, at its default, so a newsroom edits rather than looks up.
// A test parses it and expects no problems and the defaults.

export const STARTER_CONFIG = `// Factmark configuration, read by \`factmark check\`, \`factmark export\` and the VS Code extension.
// The nearest .factmark.jsonc above an article applies; editor settings fill in what it leaves out.
// Reference: docs/configuration.md. Rules: docs/rules.md.
{
  // Each article rule: "error", "warning", "information", "hint", "off", or true/false (default / off).
  // Only error and warning make \`factmark check\` fail.
  "rules": {
    "unsourced-claim": "warning",
    "vague-source": "warning"
  },

  // Verbs that introduce speech in your house style, besides the built-in ones ("quipped", "conceded").
  "extraSpeechVerbs": [],

  // Phrases that name nobody in particular, besides the built-in ones ("observers say").
  "extraVagueSources": [],

  // Sentences scoring below this (0..1) are not reported as claims.
  "minClaimScore": 0.5,

  // The facts file next to each article; \${name} is the article's name without its extension.
  "factsFile": "\${name}.facts.json",

  // Who publishes the fact checks (ClaimReview author); command-line flags override these.
  "export": {
    // "organisationName": "Example Fact Desk",
    // "organisationUrl": "https://factdesk.example.org"
  },

  // Claim-history files or folders, relative to this file.
  "history": [],

  // The learned attribution tagger beside the rules: closer to how news corpora mark attributions, about half
  // again slower.
  "attributionTagger": false
}
`;
