/** Digits only: "4242 4242-4242" → "424242424242". */
export function cardDigits(value: string): string {
  return value.replace(/\D/g, '')
}

/** "4242424242424242" → "4242 4242 4242 4242" (groups of four while typing). */
export function formatCardNumber(value: string): string {
  return cardDigits(value).slice(0, 19).replace(/(\d{4})(?=\d)/g, '$1 ')
}

/** The Luhn checksum of a card number, on 12 to 19 digits. */
export function isValidCardNumber(value: string): boolean {
  const digits = cardDigits(value)
  if (digits.length < 12 || digits.length > 19) return false
  let sum = 0
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index])
    if (index % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}

/** "1" → "1", "12" → "12 / ", "1228" → "12 / 28". */
export function formatExpiry(value: string): string {
  const digits = cardDigits(value).slice(0, 4)
  return digits.length >= 2 ? `${digits.slice(0, 2)} / ${digits.slice(2)}`.trimEnd() : digits
}

/** Whether "MM/YY" is a real month that has not ended yet at `now`. */
export function isValidExpiry(value: string, now: Date = new Date()): boolean {
  const digits = cardDigits(value)
  if (digits.length !== 4) return false
  const month = Number(digits.slice(0, 2))
  const year = 2000 + Number(digits.slice(2))
  if (month < 1 || month > 12) return false
  return year > now.getFullYear() || (year === now.getFullYear() && month >= now.getMonth() + 1)
}

/** Three or four digits. */
export function isValidCvc(value: string): boolean {
  return /^\d{3,4}$/.test(value)
}
