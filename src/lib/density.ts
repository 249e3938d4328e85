// Public path of the density model (DESIGN.md): the model lives in its calculator's folder,
// src/calculators/density/model.ts, and is re-exported here unchanged.
export * from '../calculators/density/model.ts';
