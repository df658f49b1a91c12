import {
  redactReport,
  redactText,
  redactValue,
  safeLine,
  safeLines
} from "./chunk-R5VEDDXK.js";
import "./chunk-IUMYWW7D.js";
import "./chunk-RYFOSZ5Q.js";
export {
  redactReport,
  redactText,
  redactValue,
  safeLine,
  safeLines
};
