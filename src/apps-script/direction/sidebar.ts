/** The direction's sidebar page script (inlined into its Sidebar.html): Consolider only. */
import { mountSidebar } from "../sidebar/mount.js";

mountSidebar("direction");
