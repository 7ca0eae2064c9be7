package main

import "fmt"

func t(name string, v bool) bool {
	fmt.Println("eval", name)
	return v
}

func main() {
	if t("a", false) && t("b", true) {
		fmt.Println("no")
	}
	if t("c", true) || t("d", true) {
		fmt.Println("yes")
	}
	x := t("e", true) && (t("f", false) || t("g", true))
	fmt.Println(x)
	var p *int
	if p != nil && *p > 0 {
		fmt.Println("never")
	}
	fmt.Println("safe")
}
