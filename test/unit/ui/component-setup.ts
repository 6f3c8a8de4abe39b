/** Setup of the component project: jest-dom matchers (cleanup comes from svelteTesting()). */
import '@testing-library/jest-dom/vitest';
