export { VisuallyHidden, visuallyHiddenStyle, type VisuallyHiddenProps } from './visually-hidden'
