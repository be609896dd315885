import type { CSSProperties } from 'react'
import { tokens } from '../theme/tokens'

// Inline styles from the theme's tokens: email clients ignore stylesheets and CSS variables.
const text: CSSProperties = {
  margin: `0 0 ${tokens['space-3']}`,
  color: tokens['color-text'],
  fontSize: tokens['font-size-md'],
  lineHeight: tokens['line-height'],
}

export const styles = {
  body: { margin: 0, padding: `${tokens['space-5']} 0`, backgroundColor: tokens['color-subtle'], fontFamily: tokens['font-family'] },
  container: {
    maxWidth: '600px',
    padding: tokens['space-5'],
    backgroundColor: tokens['color-surface'],
    border: `1px solid ${tokens['color-border']}`,
    borderRadius: tokens['radius-lg'],
  },
  shopName: { margin: `0 0 ${tokens['space-5']}`, color: tokens['color-accent'], fontSize: tokens['font-size-lg'], fontWeight: tokens['font-weight-bold'] },
  heading: { margin: `0 0 ${tokens['space-4']}`, color: tokens['color-text'], fontSize: tokens['font-size-xl'], fontWeight: tokens['font-weight-bold'], lineHeight: '1.3' },
  subheading: { margin: `${tokens['space-5']} 0 ${tokens['space-2']}`, color: tokens['color-text'], fontSize: tokens['font-size-lg'], fontWeight: tokens['font-weight-bold'] },
  text,
  muted: { ...text, color: tokens['color-muted'], fontSize: tokens['font-size-sm'] },
  cell: { padding: `${tokens['space-2']} 0`, color: tokens['color-text'], fontSize: tokens['font-size-sm'], verticalAlign: 'top' },
  amount: { padding: `${tokens['space-2']} 0`, color: tokens['color-text'], fontSize: tokens['font-size-sm'], textAlign: 'right', whiteSpace: 'nowrap', verticalAlign: 'top' },
  total: { padding: `${tokens['space-2']} 0`, color: tokens['color-text'], fontSize: tokens['font-size-md'], fontWeight: tokens['font-weight-bold'] },
  totals: { borderTop: `1px solid ${tokens['color-border']}` },
  rule: { margin: `${tokens['space-4']} 0`, borderColor: tokens['color-border'] },
  highlight: {
    margin: `${tokens['space-4']} 0`,
    padding: tokens['space-3'],
    backgroundColor: tokens['color-accent-soft'],
    borderRadius: tokens['radius-md'],
    color: tokens['color-text'],
    fontSize: tokens['font-size-md'],
  },
  button: {
    display: 'inline-block',
    padding: `${tokens['space-3']} ${tokens['space-5']}`,
    backgroundColor: tokens['color-accent'],
    color: tokens['color-accent-contrast'],
    borderRadius: tokens['radius-md'],
    fontSize: tokens['font-size-md'],
    fontWeight: tokens['font-weight-bold'],
    textDecoration: 'none',
  },
  action: { margin: `${tokens['space-5']} 0` },
  link: { color: tokens['color-accent'], textDecoration: 'underline' },
} satisfies Record<string, CSSProperties>
