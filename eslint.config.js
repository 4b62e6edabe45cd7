// ESLint runs for one job only: eslint-plugin-regexp's checks for regular expressions whose
// matching time can grow faster than the input (biome does all other linting). A pattern
// it flags must be rewritten, not silenced: every public function promises linear time.
import tsParser from "@typescript-eslint/parser";
import regexp from "eslint-plugin-regexp";

export default [
  {
    files: ["src/**/*.ts"],
    languageOptions: { parser: tsParser },
    plugins: { regexp },
    rules: {
      "regexp/no-super-linear-backtracking": ["error", { report: "potential" }],
      "regexp/no-super-linear-move": ["error", { report: "potential", ignorePartial: false }],
      "regexp/no-misleading-capturing-group": "error",
    },
  },
];
