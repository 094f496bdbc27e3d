// What a business is called in passing ("the company said", "the lender's filing"): the words that let a description
// stand for the business named before it. One list for the speaker finder and the document owner.

/** Nouns for a business, as "the (payments) company" uses them. */
export const BUSINESS_WORDS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'business', 'startup', 'start-up', 'chipmaker', 'carmaker', 'maker', 'retailer', 'chain', 'lender', 'bank',
  'insurer', 'carrier', 'airline', 'operator', 'brokerage', 'broker', 'utility', 'manufacturer', 'supplier', 'grocer',
  'supermarket', 'publisher', 'broadcaster',
  // Technology businesses as tech desks call them ("the delivery platform Zappit", "fintech KwartaNow").
  'platform', 'app', 'fintech', 'telco', 'marketplace',
]);

/** "the company", "the payments company", "the budget airline": a description of a business, up to two words before its noun. */
export function describesBusiness(phrase: string): boolean {
  const m = /^the\s+(?:[a-z][a-z-]*\s+){0,2}([a-z]+)$/.exec(phrase);
  return m !== null && BUSINESS_WORDS.has(m[1]);
}

/** Words that close a business's name ("Quillon Systems", "Harrow Foods Ltd", "Corvane Semiconductor"). */
export const BUSINESS_NAME_ENDINGS: readonly string[] = [
  'Systems', 'Technologies', 'Holdings', 'Group', 'Inc', 'Corp', 'Corporation', 'Ltd', 'Limited', 'plc', 'PLC',
  'LLC', 'Labs', 'Motors', 'Foods', 'Airlines', 'Energy', 'Pharmaceuticals', 'Partners', 'Industries', 'Logistics',
  'Networks', 'Software', 'Solutions', 'Brands', 'Capital', 'Chemical', 'Chemicals', 'Steel', 'Mining', 'Petroleum',
  'Oil', 'Gas', 'Power', 'Utilities', 'Media', 'Publishing', 'Insurance', 'Retail', 'Stores', 'Brewing', 'Brewery',
  'Dairies', 'Farms', 'Mills', 'Engineering', 'Construction', 'Homes', 'Properties', 'Shipping', 'Freight',
  'Haulage', 'Telecom', 'Therapeutics', 'Biotech', 'Electronics', 'Semiconductor', 'Airways', 'Aviation',
  // Film, music and broadcasting houses ('Suryodaya Pictures', 'Harbourline Records').
  'Pictures', 'Films', 'Studios', 'Productions', 'Entertainment', 'Records',
  // Smelters, bus operators, mills, hotels, grocers and lenders ('Coralline Metals', 'Greyline Buses', 'Northline Mortgage').
  'Metals', 'Buses', 'Coaches', 'Textiles', 'Plastics', 'Packaging', 'Beverages', 'Hotels', 'Couriers', 'Supermarkets', 'Mortgage',
  'Mortgages',
];
/** BUSINESS_NAME_ENDINGS for lookups of one word. */
export const BUSINESS_NAME_ENDING_SET: ReadonlySet<string> = new Set(BUSINESS_NAME_ENDINGS);
