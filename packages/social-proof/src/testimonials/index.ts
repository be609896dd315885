export { Testimonials, type Testimonial, type TestimonialsProps } from './testimonials'
