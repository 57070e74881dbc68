/** A vocabulary value for reading: "private_investment" → "private investment". */
export function humaniseValue(value: string): string {
  return value.replace(/_/g, " ");
}
