// The app's global styles (H5: app-styles.h5.ts). style_icon.css gives NutUI's `.nut-icon` its size
// (the library's own sheet; unloaded, an icon is 0 × 0).
import '@nutui/icons-react-taro/dist/style_icon.css'
import '@/app.scss'
