// H5: only what the home page uses; NutUI's icon sheet and the flows' shared styles come with the
// other pages (config/h5-page-styles-loader.cjs).
import '@/app-h5.scss'
