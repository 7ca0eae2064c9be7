// In .go files an unused import is an error at the import spec; blank imports and used imports are fine.

package main

import (
	"fmt"
	"os" // ERROR "^.os. imported and not used$"
	str "strings" // ERROR "^.strings. imported as str and not used$"
	_ "sort"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(1))
}
