// An import that is never used is an error in .go files; the message names the import's local name when it
// differs from the path's last element. Blank imports are always fine.

package main

import (
	"fmt"         // ERROR "^.fmt. imported and not used$"
	s "strings"   // ERROR "^.strings. imported as s and not used$"
	"unicode/utf8" // ERROR "^.unicode/utf8. imported and not used$"
	_ "os"
	. "sort" // ERROR "^.sort. imported and not used$"
	"math"
)

func main() {
	_ = math.Pi
}
