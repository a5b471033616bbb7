/** The project lead's sidebar page script (inlined into its Sidebar.html). */
import { mountSidebar } from "./mount.js";

mountSidebar("lead");
