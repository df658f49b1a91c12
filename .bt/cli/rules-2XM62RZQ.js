import {
  RULE_FAMILIES,
  analyseWithPolicy,
  runRules
} from "./chunk-LUUKWAVK.js";
import "./chunk-5XJMPQT5.js";
import "./chunk-NRAWCYD3.js";
import "./chunk-H3QZ6UYL.js";
import "./chunk-BD6EW6TF.js";
import "./chunk-IUMYWW7D.js";
import "./chunk-RYFOSZ5Q.js";
export {
  RULE_FAMILIES,
  analyseWithPolicy,
  runRules
};
