package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	default:
		return "C"
	}
}

func main() {
	for _, s := range []int{95, 85, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	switch x := 5; x {
	case 1, 2, 3:
		fmt.Println("small")
	case 4, 5:
		fmt.Println("medium")
	}
	switch c := "go"; c + "lang" {
	case "golang":
		fmt.Println("matched concatenation")
	}
	switch {
	}
	v := 3
	switch v {
	default:
		fmt.Println("default first but tried last")
	case 3:
		fmt.Println("three")
	}
}
