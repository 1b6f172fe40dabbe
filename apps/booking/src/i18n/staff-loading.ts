// The line shown while the staff area's chunk loads: with the module's first strings, not the staff part.
export const staffLoading = { fi: 'Ladataan…', sv: 'Laddar…', en: 'Loading…' };
