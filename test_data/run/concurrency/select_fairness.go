package main

import "fmt"

// select chooses uniformly among ready cases: over many rounds with both channels always ready, each case wins
// about half the time (the bounds are far outside what a fair coin gives in 20,000 rounds).
func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	counts := [2]int{}
	for i := 0; i < 20000; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			counts[0]++
			<-b
		case <-b:
			counts[1]++
			<-a
		}
	}
	fmt.Println("rounds:", counts[0]+counts[1])
	fmt.Println("both cases chosen fairly:", counts[0] > 9000 && counts[1] > 9000)
	// A default case is taken only when nothing is ready.
	defaults := 0
	for i := 0; i < 100; i++ {
		select {
		case v := <-a:
			fmt.Println("unexpected", v)
		default:
			defaults++
		}
	}
	fmt.Println("defaults:", defaults)
}
