import { mount } from 'svelte';
import App from './App.svelte';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/400-italic.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import './app.css';

mount(App, { target: document.getElementById('app')! });
