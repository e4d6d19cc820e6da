package org.crosscheck.text;

/** Folded names written back for an editor's eye. */
public final class Capitals {

    private Capitals() {
    }

    /** Each word of a folded name with its first letter in capitals: "vincent gigante" is "Vincent Gigante". */
    public static String words(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split(" ")) {
            if (!w.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return sb.toString();
    }
}
