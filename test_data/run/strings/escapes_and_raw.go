package main

import "fmt"

func main() {
	fmt.Println("tab:\tend", "quote:\"", "backslash:\\")
	fmt.Println("\x41\u00e9\U0001F600\101")
	raw := `raw\n string
with newline`
	fmt.Println(raw)
	fmt.Println(len("\u00e9"), len(`\u00e9`))
	fmt.Println('a', '\n', '\'', '世')
}
