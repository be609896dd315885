import { forwardRef, type ComponentPropsWithoutRef, type CSSProperties } from 'react'

/** The standard clip styles: hidden on screen, still read by assistive technology. */
export const visuallyHiddenStyle: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
}

export type VisuallyHiddenProps = ComponentPropsWithoutRef<'span'>

/** Text for assistive technology only. The styles are inline, so it works without the theme. */
export const VisuallyHidden = forwardRef<HTMLSpanElement, VisuallyHiddenProps>(function VisuallyHidden({ style, ...props }, ref) {
  return <span data-jk-visually-hidden="" {...props} ref={ref} style={{ ...visuallyHiddenStyle, ...style }} />
})
