/** A relationship type as a person reads it: `HAS_CYBER_AGREEMENT` → `has cyber agreement` (pure). */
export const relationshipWords = (type: string): string => type.toLowerCase().replace(/_/g, ' ');
