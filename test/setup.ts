// Every test run is the same run: property tests draw from a pinned seed (change it to explore,
// and add any counterexample found as a literal test).
import fc from 'fast-check';

fc.configureGlobal({ seed: 20241013 });
