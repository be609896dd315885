export { Rating, type RatingProps, type RatingSize } from './rating'
