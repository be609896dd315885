import { defineMessages } from '@journeykit/ui'

export const reviewListMessages = defineMessages({
  en: {
    'socialProof.reviewList.rating': 'Rating',
    'socialProof.reviewList.allRatings': 'All ratings',
    'socialProof.reviewList.withPhotos': 'With photos',
    'socialProof.reviewList.sortBy': 'Sort by',
    'socialProof.reviewList.sort.newest': 'Newest',
    'socialProof.reviewList.sort.highest': 'Highest rating',
    'socialProof.reviewList.sort.lowest': 'Lowest rating',
    'socialProof.reviewList.sort.helpful': 'Most helpful',
    'socialProof.reviewList.noMatches': 'No reviews match these filters',
    'socialProof.reviewList.clearFilters': 'Clear filters',
    'socialProof.reviewList.verified': 'Verified buyer',
    'socialProof.reviewList.variant': 'Purchased: {variant}',
    'socialProof.reviewList.photo': 'Photo from {author}',
    'socialProof.reviewList.reply': 'Response from the seller',
    'socialProof.reviewList.helpful': 'Helpful ({count})',
    'socialProof.reviewList.helpfulFailed': 'Your vote could not be saved. Please try again.',
    'socialProof.reviewList.loadMore': 'Show more reviews',
    'socialProof.reviewList.pages': 'Review pages',
    'socialProof.reviewList.previous': 'Previous page',
    'socialProof.reviewList.next': 'Next page',
    'socialProof.reviewList.pageOf': 'Page {page} of {pages}',
  },
})
